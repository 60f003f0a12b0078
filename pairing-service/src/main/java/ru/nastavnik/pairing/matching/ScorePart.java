package ru.nastavnik.pairing.matching;

import java.util.Objects;

/**
 * One criterion's share of a pair's score.
 *
 * @param criterion the criterion (its code and title)
 * @param points    the points it gives this pair (zero when the criterion applies but is not met)
 * @param detail    why, in Russian: which requests were met, which gap, …
 */
public record ScorePart(Criterion criterion, int points, String detail) {

    public ScorePart {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(detail, "detail");
    }

    public String code() {
        return criterion.name();
    }

    public String title() {
        return criterion.title();
    }
}
