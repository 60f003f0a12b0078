package ru.nastavnik.monitoring.questionnaires;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;

/**
 * Questionnaire results. Satisfaction, growth by form and the SWOT are aggregates: a school its own, a department its
 * municipality (or one of its schools), the region everything in it. Growth per person is the school's alone.
 */
@RestController
@RequestMapping("/api/monitoring/questionnaires")
@Tag(name = "Итоги анкетирования")
class ResultsController {

    private final ResultScope scopes;
    private final Results results;

    ResultsController(ResultScope scopes, Results results) {
        this.scopes = scopes;
        this.results = results;
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "Удовлетворённость наставников и наставляемых с начала учебного года по дату, с формулой")
    Results.Satisfaction satisfaction(Caller caller, @RequestParam(required = false) String level,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String asOf) {
        Results.Satisfaction satisfaction = results.satisfaction(scopes.resolve(caller, level, unit, asOf));
        if (ownSchool(caller)) {
            return satisfaction;
        }
        return new Results.Satisfaction(satisfaction.level(), satisfaction.unit(), satisfaction.from(),
                satisfaction.asOf(), satisfaction.roles().stream().map(role -> role.answers() > 0
                        && role.answers() < FEWEST_OUTSIDE_THE_SCHOOL ? new Results.RoleSatisfaction(role.respondentRole(),
                        role.title(), 0, 0, 0, null) : role).toList(), satisfaction.formula());
    }

    /**
     * Fewer answers than this are not shown to the department or the region: one pupil's score, growth or answer
     * behind a SWOT point must not be read off an aggregate. The school itself sees its own as they are.
     */
    static final int FEWEST_OUTSIDE_THE_SCHOOL = 5;

    private static boolean ownSchool(Caller caller) {
        return caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR);
    }

    @GetMapping("/swot")
    @Operation(summary = "SWOT программы по анкетам качества процесса: каждый пункт с правилом, порогом и ответами")
    Results.Swot swot(Caller caller, @RequestParam(required = false) String level,
                      @RequestParam(required = false) String unit, @RequestParam(required = false) String asOf) {
        Results.Swot swot = results.swot(scopes.resolve(caller, level, unit, asOf));
        if (ownSchool(caller)) {
            return swot;
        }
        java.util.function.Function<List<SwotRules.Point>, List<SwotRules.Point>> enough = points -> points.stream()
                .filter(point -> point.answers() >= FEWEST_OUTSIDE_THE_SCHOOL).toList();
        return new Results.Swot(swot.level(), swot.unit(), swot.from(), swot.asOf(), swot.responses(),
                enough.apply(swot.strengths()), enough.apply(swot.weaknesses()), enough.apply(swot.opportunities()),
                enough.apply(swot.threats()), swot.rules());
    }

    @GetMapping("/growth/forms")
    @Operation(summary = "Рост участников по формам наставничества и направлениям (только совокупные значения)")
    Results.GrowthByForm growthByForm(Caller caller, @RequestParam(required = false) String level,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String asOf) {
        Results.GrowthByForm growth = results.growthByForm(scopes.resolve(caller, level, unit, asOf));
        if (ownSchool(caller)) {
            return growth;
        }
        return new Results.GrowthByForm(growth.level(), growth.unit(), growth.asOf(), growth.groups().stream()
                .filter(group -> group.people() >= FEWEST_OUTSIDE_THE_SCHOOL).toList(), growth.formula());
    }

    @GetMapping("/growth/people")
    @Operation(summary = "Рост каждого участника организации: входная и итоговая анкеты по сопоставленным вопросам")
    List<Results.PersonGrowth> growthPerPerson(Caller caller, @RequestParam(required = false) String asOf) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        ResultScope.Scope scope = scopes.resolve(caller, "SCHOOL", caller.requireSchool(), asOf);
        return results.growthPerPerson(scope.schoolIds(), scope.asOf());
    }
}
