package ru.nastavnik.pairing.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.domain.BrokenRule;

/** A school's mentoring programme: the forms it runs each school year and how it matches. One per school. */
@Aggregate
class SchoolProgramme {

    static final int MAX_WEIGHT = 1_000;
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

    @AggregateIdentifier
    private String schoolId;

    SchoolProgramme() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChooseProgrammeFormsCommand command) {
        Matcher year = SCHOOL_YEAR.matcher(command.schoolYear() == null ? "" : command.schoolYear().strip());
        if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
            throw BrokenRule.invalid("school-year", "Учебный год записывается как 2026/2027");
        }
        if (command.forms() == null || command.forms().isEmpty()) {
            throw BrokenRule.invalid("forms-required", "Выберите хотя бы одну форму наставничества");
        }
        if (command.chosenOn() == null || command.chosenOn().isAfter(command.today())) {
            throw BrokenRule.invalid("chosen-on", "Дата выбора модели не может быть позже сегодняшнего дня");
        }
        apply(new FormsChosen(command.schoolId(), command.municipalityId(), command.schoolYear().strip(),
                command.forms().stream().sorted().toList(), command.chosenOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConfigureProgrammeCommand command) {
        ProgrammeSettings s = command.settings();
        for (int weight : new int[] {s.requestMet(), s.preferredForm(), s.gradeGap(), s.gradeGapPenalty(), s.trained(),
                s.noActivePairs()}) {
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw BrokenRule.invalid("weight-range", "Вес критерия — от 0 до " + MAX_WEIGHT + " баллов");
            }
        }
        if (s.idealGradeGap() < 2 || s.idealGradeGap() > 10) {
            throw BrokenRule.invalid("grade-gap-range", "Лучшая разница в классах — от 2 до 10");
        }
        if (s.stallWeeks() < 1 || s.stallWeeks() > 12) {
            throw BrokenRule.invalid("stall-weeks-range",
                    "Пара считается остановившейся без встреч от 1 до 12 недель");
        }
        if (!"MOST_MATCHED_THEN_SCORE".equals(s.objective()) && !"SCORE_ONLY".equals(s.objective())) {
            throw BrokenRule.invalid("objective", "Цель подбора: MOST_MATCHED_THEN_SCORE или SCORE_ONLY");
        }
        for (String form : s.groupForms()) {
            if (Arrays.stream(MentoringForm.values()).noneMatch(known -> known.name().equals(form))) {
                throw BrokenRule.invalid("form-unknown", "Неизвестная форма наставничества: " + form);
            }
        }
        apply(new ProgrammeConfigured(command.schoolId(), command.municipalityId(), s));
    }

    @EventSourcingHandler
    void on(FormsChosen event) {
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(ProgrammeConfigured event) {
        schoolId = event.schoolId();
    }
}
