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
}
