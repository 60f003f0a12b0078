package ru.nastavnik.pairing.programme;

import java.util.Set;

/**
 * How a school matches and watches its pairs: the weights of the score, whether only trained mentors take mentees,
 * what the proposal optimises, the grade gap that scores best, after how many weeks without a meeting a pair is
 * stalled, and which forms the school runs as groups.
 *
 * @param objective MOST_MATCHED_THEN_SCORE or SCORE_ONLY
 * @param groupForms MentoringForm names run as groups: a mentor's assigned mentees form one group
 */
public record ProgrammeSettings(int requestMet, int preferredForm, int gradeGap, int gradeGapPenalty, int trained,
                                int noActivePairs, boolean requireTraining, String objective, int idealGradeGap,
                                int stallWeeks, Set<String> groupForms) {

    public ProgrammeSettings {
        groupForms = groupForms == null ? Set.of() : Set.copyOf(groupForms);
    }

    /** The product's defaults: a met request outweighs the rest; three weeks without a meeting is a stall. */
    public static ProgrammeSettings defaults() {
        return new ProgrammeSettings(10, 5, 6, 2, 3, 2, false, "MOST_MATCHED_THEN_SCORE", 3, 3, Set.of());
    }
}
