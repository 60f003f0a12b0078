package ru.nastavnik.pairing.matching;

import java.util.Objects;

/**
 * How a round is matched.
 *
 * @param weights         points of each score criterion
 * @param requireTraining only trained mentors get mentees
 * @param objective       what the proposal optimises
 * @param idealGradeGap   the grade gap of a pupil–pupil pair that scores best (the rule's minimum is two)
 */
public record MatchingSettings(Weights weights, boolean requireTraining, Objective objective, int idealGradeGap) {

    public MatchingSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(objective, "objective");
        if (idealGradeGap < Eligibility.MIN_GRADE_GAP || idealGradeGap > Validation.MAX_GRADE - Validation.MIN_GRADE) {
            throw new IllegalArgumentException("ideal grade gap must be 2–10, was " + idealGradeGap);
        }
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(Weights.defaults(), false, Objective.MOST_MATCHED_THEN_SCORE, 3);
    }

    public MatchingSettings withWeights(Weights value) {
        return new MatchingSettings(value, requireTraining, objective, idealGradeGap);
    }

    public MatchingSettings withRequireTraining(boolean value) {
        return new MatchingSettings(weights, value, objective, idealGradeGap);
    }

    public MatchingSettings withObjective(Objective value) {
        return new MatchingSettings(weights, requireTraining, value, idealGradeGap);
    }

    public MatchingSettings withIdealGradeGap(int value) {
        return new MatchingSettings(weights, requireTraining, objective, value);
    }
}
