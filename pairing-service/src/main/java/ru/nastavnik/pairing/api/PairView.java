package ru.nastavnik.pairing.api;

import java.time.Instant;

public record PairView(String id, String schoolId, String mentorId, String menteeId, String form, String status,
                       Instant proposedAt) {
}
