package ru.nastavnik.registry.command;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

class SchoolTest {

    private FixtureConfiguration<School> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(School.class);
    }

    private static SchoolRegistered registered() {
        return new SchoolRegistered("school-1", "mun-1", "reg-1", "МБОУ СОШ № 1", SchoolKind.GENERAL);
    }

    @Test
    void registersASchoolWithACleanName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand("school-1", "mun-1", "reg-1", " МБОУ СОШ № 1 ", SchoolKind.GENERAL))
                .expectEvents(registered());
    }

    @Test
    void rejectsACodeThatCannotBeAnAccountAttribute() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand("Школа 1", "mun-1", "reg-1", "МБОУ СОШ № 1", SchoolKind.GENERAL))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void recordsAQuarterlyHeadcount() {
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", 320, 180, 4, 41, Map.of(5, 60, 6, 58)))
                .expectEvents(new HeadcountReported("school-1", "mun-1", "2026-Q4", 320, 180, 4, 41, Map.of(5, 60, 6, 58)));
    }

    @Test
    void rejectsAMalformedQuarter() {
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "IV квартал", 1, 1, 1, 1, Map.of()))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Квартал указывается как 2026-Q4")
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeAndAbsurdCounts() {
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", -1, 1, 1, 1, Map.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", 1, 1_000_000, 1, 1, Map.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anotherSchoolCannotReportForThisOne() {
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-2", "2026-Q4", 1, 1, 1, 1, Map.of()))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void gradesAreOneToEleven() {
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", 1, 1, 1, 1, Map.of(12, 30)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Классы — с 1 по 11, а не 12")
                .expectNoEvents();
        fixture.given(registered())
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", 1, 1, 1, 1, Map.of(3, -2)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 1);

    private static MoveSchoolCommand move(String municipality, java.time.LocalDate movedOn) {
        return new MoveSchoolCommand("school-1", "reg-1", municipality, "reg-1", movedOn, TODAY);
    }

    @Test
    void theRegionMovesASchoolToAnotherMunicipalityFromADate() {
        fixture.given(registered())
                .when(move("mun-2", java.time.LocalDate.of(2026, 11, 1)))
                .expectEvents(new SchoolMoved("school-1", "mun-2", "reg-1", "mun-1", "reg-1",
                        java.time.LocalDate.of(2026, 11, 1)));
    }

    @Test
    void afterAMoveHeadcountsBelongToTheNewMunicipality() {
        fixture.given(registered(), new SchoolMoved("school-1", "mun-2", "reg-1", "mun-1", "reg-1",
                        java.time.LocalDate.of(2026, 11, 1)))
                .when(new ReportHeadcountCommand("school-1", "school-1", "2026-Q4", 1, 2, 3, 4, Map.of()))
                .expectEvents(new HeadcountReported("school-1", "mun-2", "2026-Q4", 1, 2, 3, 4, Map.of()));
    }

    @Test
    void aMoveIsNotDatedInTheFutureNorToTheSameMunicipalityNorBeforeTheLastMove() {
        fixture.given(registered())
                .when(move("mun-2", TODAY.plusDays(1)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дата перехода не может быть в будущем")
                .expectNoEvents();
        fixture.given(registered())
                .when(move("mun-1", TODAY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Организация уже относится к этому муниципалитету")
                .expectNoEvents();
        fixture.given(registered(), new SchoolMoved("school-1", "mun-2", "reg-1", "mun-1", "reg-1",
                        java.time.LocalDate.of(2026, 11, 1)))
                .when(move("mun-3", java.time.LocalDate.of(2026, 10, 1)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(move("mun 2; DROP", TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anotherRegionCannotMoveTheSchool() {
        fixture.given(registered())
                .when(new MoveSchoolCommand("school-1", "reg-2", "mun-2", "reg-2", TODAY, TODAY))
                .expectException(ru.nastavnik.platform.web.NotFoundException.class)
                .expectNoEvents();
    }
}
