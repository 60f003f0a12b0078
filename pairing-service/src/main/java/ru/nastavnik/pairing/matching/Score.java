package ru.nastavnik.pairing.matching;

import java.util.List;

/**
 * A pair's score and its parts. The constructor refuses parts that do not add up, so no explanation can ever
 * disagree with the number the solver optimised.
 */
public record Score(int total, List<ScorePart> parts) {

    public Score {
        parts = List.copyOf(parts);
        int sum = parts.stream().mapToInt(ScorePart::points).sum();
        if (sum != total) {
            throw new IllegalArgumentException("score parts add up to " + sum + ", not " + total);
        }
    }

    /** The points of one criterion, zero when it does not apply to the pair's form. */
    public int pointsOf(Criterion criterion) {
        return parts.stream().filter(part -> part.criterion() == criterion).mapToInt(ScorePart::points).sum();
    }
}
