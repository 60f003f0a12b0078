package ru.nastavnik.pairing.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * A mentor of the school's base (база наставников).
 *
 * @param id             opaque pseudonymous id
 * @param category       the registry category
 * @param grade          school grade 1–11 for a pupil mentor, otherwise {@code null}
 * @param experience     experience band for a teacher, {@code null} when unknown or not a teacher
 * @param competencies   codes from the same list as mentees' requests
 * @param preferredForms forms the mentor would like to work in (may be empty: no preference)
 * @param capacity       how many mentees the mentor can take in total
 * @param activeLoad     mentees already in active pairs with this mentor (they hold places)
 * @param selection      the mentor's standing in the selection
 * @param trained        whether the mentor completed the training (обучение наставников)
 */
public record Mentor(
        String id,
        Category category,
        Integer grade,
        ExperienceBand experience,
        Set<String> competencies,
        Set<MentoringForm> preferredForms,
        int capacity,
        int activeLoad,
        Selection selection,
        boolean trained) {

    public Mentor {
        id = Validation.id(id, "mentor id");
        Objects.requireNonNull(category, "mentor category");
        Validation.grade(grade, id);
        competencies = Mentee.sortedCopy(competencies);
        preferredForms = preferredForms == null || preferredForms.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(MentoringForm.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(preferredForms));
        if (capacity < 0 || activeLoad < 0) {
            throw new IllegalArgumentException("mentor " + id + ": capacity and active load cannot be negative");
        }
        Objects.requireNonNull(selection, "mentor selection");
    }

    /** Places not held by active pairs; a load above capacity (data from before a change) leaves none, not less. */
    public int placesAfterActivePairs() {
        return Math.max(0, capacity - activeLoad);
    }
}
