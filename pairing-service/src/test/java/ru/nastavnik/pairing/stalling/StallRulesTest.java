package ru.nastavnik.pairing.stalling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.pairing.pairs.PairViews.MeetingFact;
import ru.nastavnik.pairing.pairs.PairViews.WorkFacts;

class StallRulesTest {

    static final LocalDate FIXED = LocalDate.of(2026, 9, 10);

    private static WorkFacts pair(boolean misfit, MeetingFact... meetings) {
        return new WorkFacts("p-1", "school-1", FIXED, List.of(meetings), misfit ? FIXED.plusDays(1) : null, List.of());
    }

    private static MeetingFact meeting(MeetingKind kind, LocalDate on, boolean mentor, boolean mentee) {
        return new MeetingFact(kind + "-" + on, kind, on, mentor, mentee);
    }

    @Test
    void noFirstMeetingWithinFourteenDaysOfTheOrder() {
        assertThat(StallRules.reasons(pair(false), FIXED.plusDays(14), 3)).isEmpty();
        assertThat(StallRules.reasons(pair(false), FIXED.plusDays(15), 3)).containsExactly(StallReason.NO_FIRST_MEETING);
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.INTRODUCTION, FIXED.plusDays(3), false, false)),
                FIXED.plusDays(15), 3)).isEmpty();
    }

    @Test
    void noMeetingForTheSchoolsNumberOfWeeksUntilTheFinalOne() {
        MeetingFact last = meeting(MeetingKind.TRIAL, FIXED.plusDays(5), false, false);
        assertThat(StallRules.reasons(pair(false, last), FIXED.plusDays(5 + 21), 3)).isEmpty();
        assertThat(StallRules.reasons(pair(false, last), FIXED.plusDays(5 + 22), 3))
                .containsExactly(StallReason.NO_RECENT_MEETING);
        assertThat(StallRules.reasons(pair(false, last), FIXED.plusDays(5 + 22), 4)).isEmpty();
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.FINAL, FIXED.plusDays(5), false, false)),
                FIXED.plusDays(100), 3)).isEmpty();
    }

    @Test
    void aWorkingMeetingWithoutBothFeedbacksAfterSevenDays() {
        LocalDate held = FIXED.plusDays(20);
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.WORKING, held, true, false)), held.plusDays(7), 3))
                .isEmpty();
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.WORKING, held, true, false)), held.plusDays(8), 3))
                .containsExactly(StallReason.FEEDBACK_MISSING);
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.WORKING, held, true, true)), held.plusDays(8), 3))
                .isEmpty();
        assertThat(StallRules.reasons(pair(false, meeting(MeetingKind.TRIAL, held, false, false)), held.plusDays(8), 3))
                .isEmpty();
    }

    @Test
    void eachReasonIsDatedFromTheFirstDayItHeld() {
        LocalDate held = FIXED.plusDays(20);
        assertThat(StallRules.reasonsSince(pair(false), FIXED.plusDays(40), 3))
                .containsExactlyEntriesOf(java.util.Map.of(StallReason.NO_FIRST_MEETING, FIXED.plusDays(15)));
        assertThat(StallRules.reasonsSince(pair(true, meeting(MeetingKind.WORKING, held, false, false)),
                held.plusDays(40), 3))
                .containsEntry(StallReason.FEEDBACK_MISSING, held.plusDays(8))
                .containsEntry(StallReason.NO_RECENT_MEETING, held.plusDays(22))
                .containsEntry(StallReason.NOT_A_GOOD_FIT, FIXED.plusDays(1));
    }

    @Test
    void aFeedbackSayingThePairDoesNotFit() {
        assertThat(StallRules.reasons(pair(true, meeting(MeetingKind.INTRODUCTION, FIXED.plusDays(1), true, true)),
                FIXED.plusDays(2), 3)).containsExactly(StallReason.NOT_A_GOOD_FIT);
    }
}
