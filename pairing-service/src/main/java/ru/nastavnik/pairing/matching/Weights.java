package ru.nastavnik.pairing.matching;

/**
 * Points of each score criterion. Integers, so that a pair's parts add up to its score exactly.
 *
 * @param requestMet       per mentee request covered by the mentor's competencies
 * @param preferredForm    when the mentor listed the pair's form among their preferred forms
 * @param gradeGap         a pupil–pupil pair at the ideal grade gap (the most this criterion gives)
 * @param gradeGapPenalty  taken off {@code gradeGap} per grade away from the ideal gap, never below zero
 * @param trained          when the mentor completed the training
 * @param noActivePairs    when the mentor has no active pair yet (spreads new mentees over free mentors)
 */
public record Weights(int requestMet, int preferredForm, int gradeGap, int gradeGapPenalty, int trained, int noActivePairs) {

    /** No single weight may exceed this: it bounds every score and, through it, every cost in the flow. */
    public static final int MAX_WEIGHT = 1_000;

    public Weights {
        Validation.weight(requestMet, "requestMet");
        Validation.weight(preferredForm, "preferredForm");
        Validation.weight(gradeGap, "gradeGap");
        Validation.weight(gradeGapPenalty, "gradeGapPenalty");
        Validation.weight(trained, "trained");
        Validation.weight(noActivePairs, "noActivePairs");
    }

    /** A request met outweighs everything else together, because meeting requests is the point of a pair. */
    public static Weights defaults() {
        return new Weights(10, 5, 6, 2, 3, 2);
    }
}
