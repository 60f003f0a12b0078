package ru.nastavnik.pairing.matching;

import java.util.Objects;

/** A mentee left without a mentor, and why. */
public record UnmatchedMentee(String menteeId, UnmatchedReason reason) {
    public UnmatchedMentee {
        Objects.requireNonNull(menteeId);
        Objects.requireNonNull(reason);
    }
}
