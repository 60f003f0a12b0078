package ru.nastavnik.pairing.stalling;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.pairing.pairs.PairViews;

/**
 * When an active pair counts as stalled, on a given day: no first meeting within 14 days of the order; no meeting for
 * the school's number of weeks (the final meeting ends the watch); a working meeting without both feedbacks after 7
 * days; a feedback saying the pair does not fit. Pure: the same facts and day give the same answer.
 */
final class StallRules {

    static final int FIRST_MEETING_DAYS = 14;
    static final int FEEDBACK_DAYS = 7;

    private StallRules() {
    }

    static Set<StallReason> reasons(PairViews.WorkFacts pair, LocalDate today, int stallWeeks) {
        return reasonsSince(pair, today, stallWeeks).keySet();
    }

    /** Each reason that holds on {@code today}, with the first day it held. */
    static Map<StallReason, LocalDate> reasonsSince(PairViews.WorkFacts pair, LocalDate today, int stallWeeks) {
        Map<StallReason, LocalDate> reasons = new EnumMap<>(StallReason.class);
        if (pair.meetings().isEmpty()) {
            LocalDate from = pair.fixedOn().plusDays(FIRST_MEETING_DAYS + 1);
            if (!today.isBefore(from)) {
                reasons.put(StallReason.NO_FIRST_MEETING, from);
            }
        } else {
            PairViews.MeetingFact last = pair.meetings().getLast();
            LocalDate from = last.heldOn().plusWeeks(stallWeeks).plusDays(1);
            if (last.kind() != MeetingKind.FINAL && !today.isBefore(from)) {
                reasons.put(StallReason.NO_RECENT_MEETING, from);
            }
        }
        pair.meetings().stream()
                .filter(meeting -> meeting.kind() == MeetingKind.WORKING && !(meeting.mentorFeedback() && meeting.menteeFeedback()))
                .map(meeting -> meeting.heldOn().plusDays(FEEDBACK_DAYS + 1))
                .filter(from -> !today.isBefore(from))
                .min(LocalDate::compareTo)
                .ifPresent(from -> reasons.put(StallReason.FEEDBACK_MISSING, from));
        if (pair.notAGoodFitSince() != null) {
            reasons.put(StallReason.NOT_A_GOOD_FIT, pair.notAGoodFitSince());
        }
        return reasons;
    }
}
