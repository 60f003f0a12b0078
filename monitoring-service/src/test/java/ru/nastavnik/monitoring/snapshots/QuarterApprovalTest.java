package ru.nastavnik.monitoring.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/** Every rule of bottom-up approval, given the events so far, when a command, then the events or the refusal. */
class QuarterApprovalTest {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final LocalDate CLOSED_ON = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    static final String SCHOOL = SnapshotLevel.SCHOOL.snapshotId("s-1", Q3);
    static final String MUNICIPALITY = SnapshotLevel.MUNICIPALITY.snapshotId("mun-1", Q3);
    static final String REGION = SnapshotLevel.REGION.snapshotId("reg-1", Q3);

    static final ApproveQuarterCommand.Approver HEAD =
            new ApproveQuarterCommand.Approver(Set.of(Caller.SCHOOL_HEAD), "s-1", "mun-1", "reg-1");
    static final ApproveQuarterCommand.Approver CURATOR =
            new ApproveQuarterCommand.Approver(Set.of(Caller.SCHOOL_CURATOR), "s-1", "mun-1", "reg-1");
    static final ApproveQuarterCommand.Approver OTHER_HEAD =
            new ApproveQuarterCommand.Approver(Set.of(Caller.SCHOOL_HEAD), "s-2", "mun-1", "reg-1");
    static final ApproveQuarterCommand.Approver OFFICER =
            new ApproveQuarterCommand.Approver(Set.of(Caller.MUNICIPAL_OFFICER), null, "mun-1", "reg-1");
    static final ApproveQuarterCommand.Approver OTHER_OFFICER =
            new ApproveQuarterCommand.Approver(Set.of(Caller.MUNICIPAL_OFFICER), null, "mun-2", "reg-1");
    static final ApproveQuarterCommand.Approver ANALYST =
            new ApproveQuarterCommand.Approver(Set.of(Caller.REGIONAL_ANALYST), null, null, "reg-1");

    private FixtureConfiguration<QuarterApproval> fixture;

    /** A refusal of this nature (403, 404, 409 or 422 at the edge). */
    static org.hamcrest.Matcher<Throwable> nature(BrokenRule.Nature nature) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof BrokenRule broken && broken.nature() == nature;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a BrokenRule of nature " + nature);
            }
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QuarterApproval.class);
    }

    static SnapshotFigure mentees(long numerator, long denominator) {
        return new SnapshotFigure("MENTEES_PUPILS_10_18", 1, "Доля наставляемых", "%", 100, numerator, denominator,
                SnapshotFigure.valueOf(numerator, denominator, 100), BigDecimal.valueOf(70), true, true, null);
    }

    static SnapshotFigure pairs(long count) {
        return new SnapshotFigure("ACTIVE_PAIRS", 1, "Число пар", "шт.", 1, count, null,
                SnapshotFigure.valueOf(count, null, 1), null, false, false,
                List.of(new SnapshotFigure.FormCount("PUPIL_PUPIL", count)));
    }

    static QuarterFrozen frozen(SnapshotFigure... figures) {
        return new QuarterFrozen(SCHOOL, "s-1", "mun-1", "reg-1", "2026-Q3", List.of(figures), CLOSED_ON);
    }

    static ApproveQuarterCommand approveSchool(ApproveQuarterCommand.Approver approver) {
        return new ApproveQuarterCommand(SCHOOL, SnapshotLevel.SCHOOL, "s-1", null, null, Q3, approver, List.of(),
                List.of(), null, null, TODAY);
    }

    static ApproveQuarterCommand approveMunicipality(ApproveQuarterCommand.Approver approver, List<String> pending,
                                                     List<SnapshotFigure> figures) {
        return new ApproveQuarterCommand(MUNICIPALITY, SnapshotLevel.MUNICIPALITY, "mun-1", "mun-1", "reg-1", Q3,
                approver, List.of("s-1", "s-2"), pending, figures, null, TODAY);
    }

    static ApproveQuarterCommand approveRegion(ApproveQuarterCommand.Approver approver, List<String> pending) {
        return new ApproveQuarterCommand(REGION, SnapshotLevel.REGION, "reg-1", null, "reg-1", Q3, approver,
                List.of("mun-1", "mun-2"), pending, List.of(mentees(30, 300)), null, TODAY);
    }

    @Test
    void aClosedQuarterFreezesOnceAndClosingAgainChangesNothing() {
        fixture.givenNoPriorActivity()
                .when(new FreezeQuarterCommand(SCHOOL, "s-1", "mun-1", "reg-1", Q3, List.of(mentees(10, 60)),
                        CLOSED_ON))
                .expectEvents(frozen(mentees(10, 60)));
        fixture.given(frozen(mentees(10, 60)))
                .when(new FreezeQuarterCommand(SCHOOL, "s-1", "mun-1", "reg-1", Q3, List.of(mentees(11, 60)),
                        CLOSED_ON))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new FreezeQuarterCommand(SCHOOL, "s-1", "mun-1", "reg-1", Q3, List.of(), CLOSED_ON))
                .expectException(BrokenRule.class).expectNoEvents();
    }

    @Test
    void theHeadApprovesTheSchoolsFrozenSnapshotAndItIsLocked() {
        fixture.given(frozen(mentees(10, 60)))
                .when(approveSchool(HEAD))
                .expectEvents(new QuarterApproved(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1", "reg-1", "2026-Q3", 1,
                        List.of(mentees(10, 60)), Caller.SCHOOL_HEAD, TODAY));
        fixture.given(frozen(mentees(10, 60)), new QuarterApproved(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1",
                        "reg-1", "2026-Q3", 1, List.of(mentees(10, 60)), Caller.SCHOOL_HEAD, TODAY))
                .when(approveSchool(HEAD))
                .expectException(BrokenRule.class).expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "уже утверждён")).expectNoEvents();
    }

    @Test
    void onlyTheHeadOfThatSchoolApprovesItAndOnlyAClosedQuarter() {
        fixture.given(frozen(mentees(10, 60)))
                .when(approveSchool(CURATOR))
                .expectException(BrokenRule.class).expectNoEvents()
                .expectException(nature(BrokenRule.Nature.NOT_ALLOWED));
        fixture.given(frozen(mentees(10, 60)))
                .when(approveSchool(OFFICER))
                .expectExceptionMessage("Снимок организации утверждает её руководитель");
        fixture.given(frozen(mentees(10, 60)))
                .when(approveSchool(OTHER_HEAD))
                .expectException(nature(BrokenRule.Nature.NOT_VISIBLE)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(approveSchool(HEAD))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Снимок организации за квартал 2026-Q3 не найден: квартал ещё не закрыт");
    }

    @Test
    void theDepartmentApprovesOnlyAfterEverySchoolAndOnlyItsOwnMunicipality() {
        List<SnapshotFigure> summed = List.of(mentees(30, 150));
        fixture.givenNoPriorActivity()
                .when(approveMunicipality(OFFICER, List.of("s-2"), summed))
                .expectException(BrokenRule.class).expectNoEvents()
                .expectExceptionMessage("Сначала руководители должны утвердить снимки всех организаций "
                        + "муниципалитета; не утверждены: s-2");
        fixture.givenNoPriorActivity()
                .when(new ApproveQuarterCommand(MUNICIPALITY, SnapshotLevel.MUNICIPALITY, "mun-1", "mun-1", "reg-1",
                        Q3, OFFICER, List.of(), List.of(), List.of(), null, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "не закрыт"));
        fixture.givenNoPriorActivity()
                .when(approveMunicipality(OTHER_OFFICER, List.of(), summed))
                .expectException(nature(BrokenRule.Nature.NOT_VISIBLE)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(approveMunicipality(HEAD, List.of(), summed))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Снимок муниципалитета утверждает управление образования");
        fixture.givenNoPriorActivity()
                .when(approveMunicipality(OFFICER, List.of(), summed))
                .expectEvents(new QuarterApproved(MUNICIPALITY, SnapshotLevel.MUNICIPALITY, "mun-1", "mun-1", "reg-1",
                        "2026-Q3", 1, summed, Caller.MUNICIPAL_OFFICER, TODAY));
        fixture.given(new QuarterApproved(MUNICIPALITY, SnapshotLevel.MUNICIPALITY, "mun-1", "mun-1", "reg-1",
                        "2026-Q3", 1, summed, Caller.MUNICIPAL_OFFICER, TODAY))
                .when(approveMunicipality(OFFICER, List.of(), summed))
                .expectException(BrokenRule.class).expectNoEvents();
    }

    @Test
    void theRegionApprovesLastAfterEveryMunicipality() {
        fixture.givenNoPriorActivity()
                .when(approveRegion(ANALYST, List.of("mun-2")))
                .expectException(BrokenRule.class).expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("не утверждены: mun-2"));
        fixture.givenNoPriorActivity()
                .when(approveRegion(OFFICER, List.of()))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Снимок региона утверждает региональный орган управления образованием");
        fixture.givenNoPriorActivity()
                .when(new ApproveQuarterCommand(REGION, SnapshotLevel.REGION, "reg-1", null, "reg-1", Q3,
                        new ApproveQuarterCommand.Approver(Set.of(Caller.REGIONAL_ANALYST), null, null, "reg-2"),
                        List.of("mun-1"), List.of(), List.of(mentees(1, 2)), null, TODAY))
                .expectException(nature(BrokenRule.Nature.NOT_VISIBLE));
        fixture.givenNoPriorActivity()
                .when(approveRegion(ANALYST, List.of()))
                .expectEvents(new QuarterApproved(REGION, SnapshotLevel.REGION, "reg-1", null, "reg-1", "2026-Q3", 1,
                        List.of(mentees(30, 300)), Caller.REGIONAL_ANALYST, TODAY));
    }

    @Test
    void aLateFactRestatesTheLockedQuarterWithThePreviousValueAndTheDifference() {
        QuarterApproved approved = new QuarterApproved(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1", "reg-1",
                "2026-Q3", 1, List.of(mentees(10, 60), pairs(5)), Caller.SCHOOL_HEAD, TODAY);
        fixture.given(frozen(mentees(10, 60), pairs(5)), approved)
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(12, 60), pairs(5)), TODAY.plusDays(20)))
                .expectEvents(new QuarterRestated(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1", "reg-1", "2026-Q3", 2, 1,
                        List.of(mentees(12, 60), pairs(5)), List.of(new FigureChange("MENTEES_PUPILS_10_18", 10, 60L,
                                new BigDecimal("16.67"), 12, 60L, new BigDecimal("20.00"), new BigDecimal("3.33"))),
                        true, TODAY.plusDays(20)))
                .expectResultMessagePayload(true);
        // nothing changed: no new version, however often the check runs
        fixture.given(frozen(mentees(10, 60), pairs(5)), approved)
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(10, 60), pairs(5)), TODAY.plusDays(20)))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(false);
        // a value equal as a number (50.0 and 50.00) is no change either
        SnapshotFigure sameValueOtherScale = new SnapshotFigure("ACTIVE_PAIRS", 1, "Число пар", "шт.", 1, 5, null,
                new BigDecimal("5.0"), null, false, false, List.of(new SnapshotFigure.FormCount("PUPIL_PUPIL", 5)));
        fixture.given(frozen(mentees(10, 60), pairs(5)), approved)
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(10, 60), sameValueOtherScale), TODAY))
                .expectNoEvents();
        // a pair moving from one form to another is a change even when the total stays
        SnapshotFigure otherForm = new SnapshotFigure("ACTIVE_PAIRS", 1, "Число пар", "шт.", 1, 5, null,
                new BigDecimal("5.00"), null, false, false, List.of(new SnapshotFigure.FormCount("TEACHER_TEACHER", 5)));
        fixture.given(frozen(mentees(10, 60), pairs(5)), approved)
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(10, 60), otherForm), TODAY))
                .expectResultMessagePayload(true);
    }

    @Test
    void aRestatementKeepsTheDefinitionVersionAndAddsNoIndicator() {
        SnapshotFigure newerVersion = new SnapshotFigure("MENTEES_PUPILS_10_18", 2, "Доля", "%", 100, 10, 60L,
                new BigDecimal("16.67"), null, true, true, null);
        fixture.given(frozen(mentees(10, 60)))
                .when(new RestateQuarterCommand(SCHOOL, List.of(newerVersion), TODAY))
                .expectException(BrokenRule.class).expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("по версии формулы"));
        fixture.given(frozen(mentees(10, 60)))
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(10, 60), pairs(1)), TODAY))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RestateQuarterCommand(SCHOOL, List.of(mentees(10, 60)), TODAY))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aRestatedSchoolIsApprovedAtItsLatestVersionAndAStaleLookIsRefused() {
        QuarterRestated restated = new QuarterRestated(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1", "reg-1",
                "2026-Q3", 2, 1, List.of(mentees(12, 60)), List.of(FigureChange.between(mentees(10, 60),
                mentees(12, 60))), false, TODAY);
        fixture.given(frozen(mentees(10, 60)), restated)
                .when(new ApproveQuarterCommand(SCHOOL, SnapshotLevel.SCHOOL, "s-1", null, null, Q3, HEAD, List.of(),
                        List.of(), null, 1, TODAY))
                .expectException(BrokenRule.class).expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("пересчитан (версия 2)"));
        fixture.given(frozen(mentees(10, 60)), restated)
                .when(new ApproveQuarterCommand(SCHOOL, SnapshotLevel.SCHOOL, "s-1", null, null, Q3, HEAD, List.of(),
                        List.of(), null, 2, TODAY))
                .expectEvents(new QuarterApproved(SCHOOL, SnapshotLevel.SCHOOL, "s-1", "mun-1", "reg-1", "2026-Q3", 2,
                        List.of(mentees(12, 60)), Caller.SCHOOL_HEAD, TODAY));
    }

    @Test
    void sumsOfSchoolsAreDividedOnceNotAveraged() {
        List<SnapshotFigure> summed = SnapshotFigures.summed(List.of(List.of(mentees(1, 3), pairs(2)),
                List.of(mentees(9, 97), pairs(3))));
        assertThat(summed.get(0).numerator()).isEqualTo(10);
        assertThat(summed.get(0).denominator()).isEqualTo(100);
        assertThat(summed.get(0).value()).isEqualByComparingTo("10.00"); // the average of shares would be 21.31
        assertThat(summed.get(1).value()).isEqualByComparingTo("5.00");
        assertThat(summed.get(1).byForm()).containsExactly(new SnapshotFigure.FormCount("PUPIL_PUPIL", 5));
    }
}
