package ru.nastavnik.pairing.matching;

import java.util.Objects;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * A pair the engine proposes (or keeps, when the curator pinned it).
 *
 * @param menteeId    the mentee
 * @param mentorId    the mentor
 * @param form        the form of mentoring the two categories make
 * @param pinned      fixed by the curator rather than chosen by the engine
 * @param score       the score and its parts
 * @param alternative the best other mentor and why it lost
 */
public record ProposedPair(String menteeId, String mentorId, MentoringForm form, boolean pinned, Score score,
                           Alternative alternative) {
    public ProposedPair {
        Objects.requireNonNull(menteeId);
        Objects.requireNonNull(mentorId);
        Objects.requireNonNull(form);
        Objects.requireNonNull(score);
        Objects.requireNonNull(alternative);
    }
}
