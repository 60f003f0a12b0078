package ru.nastavnik.pairing.matching;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A mentee who needs a mentor in this round.
 *
 * @param id       opaque pseudonymous id (a UUID in practice)
 * @param category the registry category
 * @param grade    school grade 1–11, or {@code null} when not a pupil or unknown
 * @param requests codes of the mentee's requests (запросы), from the same list as mentors' competencies
 */
public record Mentee(String id, Category category, Integer grade, Set<String> requests) {

    public Mentee {
        id = Validation.id(id, "mentee id");
        Objects.requireNonNull(category, "mentee category");
        Validation.grade(grade, id);
        requests = sortedCopy(requests);
    }

    /** A sorted copy, so that every text the engine writes from these codes comes out in the same order. */
    static SortedSet<String> sortedCopy(Set<String> codes) {
        TreeSet<String> copy = new TreeSet<>();
        if (codes != null) {
            for (String code : codes) {
                copy.add(Validation.id(code, "code"));
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
