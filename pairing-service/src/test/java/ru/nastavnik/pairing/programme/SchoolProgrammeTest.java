package ru.nastavnik.pairing.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.domain.BrokenRule;

class SchoolProgrammeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private FixtureConfiguration<SchoolProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchoolProgramme.class);
    }

    @Test
    void theFormsOfASchoolYearAreChosenOnADayThatHasCome() {
        fixture.givenNoPriorActivity()
                .when(new ChooseProgrammeFormsCommand("school-1", "mun-1", "2026/2027",
                        Set.of(MentoringForm.TEACHER_TEACHER, MentoringForm.PUPIL_PUPIL), TODAY, TODAY))
                .expectEvents(new FormsChosen("school-1", "mun-1", "2026/2027",
                        List.of(MentoringForm.PUPIL_PUPIL, MentoringForm.TEACHER_TEACHER), TODAY));
        fixture.givenNoPriorActivity()
                .when(new ChooseProgrammeFormsCommand("school-1", "mun-1", "2026/2028", Set.of(MentoringForm.PUPIL_PUPIL),
                        TODAY, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Учебный год записывается как 2026/2027");
        fixture.givenNoPriorActivity()
                .when(new ChooseProgrammeFormsCommand("school-1", "mun-1", "2026/2027", Set.of(), TODAY, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Выберите хотя бы одну форму наставничества");
        fixture.givenNoPriorActivity()
                .when(new ChooseProgrammeFormsCommand("school-1", "mun-1", "2026/2027", Set.of(MentoringForm.PUPIL_PUPIL),
                        TODAY.plusDays(1), TODAY))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Дата выбора модели не может быть позже сегодняшнего дня");
    }

    @Test
    void settingsStayWithinTheirBounds() {
        ProgrammeSettings good = ProgrammeSettings.defaults();
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", good))
                .expectEvents(new ProgrammeConfigured("school-1", "mun-1", good));
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", new ProgrammeSettings(1001, 5, 6, 2, 3, 2,
                        false, "MOST_MATCHED_THEN_SCORE", 3, 3, Set.of())))
                .expectException(BrokenRule.class).expectExceptionMessage("Вес критерия — от 0 до 1000 баллов");
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", new ProgrammeSettings(10, 5, 6, 2, 3, 2,
                        false, "MOST_MATCHED_THEN_SCORE", 1, 3, Set.of())))
                .expectException(BrokenRule.class).expectExceptionMessage("Лучшая разница в классах — от 2 до 10");
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", new ProgrammeSettings(10, 5, 6, 2, 3, 2,
                        false, "MOST_MATCHED_THEN_SCORE", 3, 0, Set.of())))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", new ProgrammeSettings(10, 5, 6, 2, 3, 2,
                        false, "GREEDY", 3, 3, Set.of())))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ConfigureProgrammeCommand("school-1", "mun-1", new ProgrammeSettings(10, 5, 6, 2, 3, 2,
                        false, "SCORE_ONLY", 3, 3, Set.of("CHESS_CLUB"))))
                .expectException(BrokenRule.class).expectExceptionMessage("Неизвестная форма наставничества: CHESS_CLUB");
    }
}
