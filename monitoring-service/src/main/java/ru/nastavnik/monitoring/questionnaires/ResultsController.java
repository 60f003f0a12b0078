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
        return results.satisfaction(scopes.resolve(caller, level, unit, asOf));
    }

    @GetMapping("/swot")
    @Operation(summary = "SWOT программы по анкетам качества процесса: каждый пункт с правилом, порогом и ответами")
    Results.Swot swot(Caller caller, @RequestParam(required = false) String level,
                      @RequestParam(required = false) String unit, @RequestParam(required = false) String asOf) {
        return results.swot(scopes.resolve(caller, level, unit, asOf));
    }

    @GetMapping("/growth/forms")
    @Operation(summary = "Рост участников по формам наставничества и направлениям (только совокупные значения)")
    Results.GrowthByForm growthByForm(Caller caller, @RequestParam(required = false) String level,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String asOf) {
        return results.growthByForm(scopes.resolve(caller, level, unit, asOf));
    }

    @GetMapping("/growth/people")
    @Operation(summary = "Рост каждого участника организации: входная и итоговая анкеты по сопоставленным вопросам")
    List<Results.PersonGrowth> growthPerPerson(Caller caller, @RequestParam(required = false) String asOf) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        ResultScope.Scope scope = scopes.resolve(caller, "SCHOOL", caller.requireSchool(), asOf);
        return results.growthPerPerson(scope.schoolIds(), scope.asOf());
    }
}
