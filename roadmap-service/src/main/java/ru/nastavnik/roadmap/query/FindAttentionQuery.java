package ru.nastavnik.roadmap.query;

import java.time.LocalDate;

/** Overdue and soon-due occurrences of one school, or of a whole municipality when {@code schoolId} is null. */
public record FindAttentionQuery(String schoolId, String municipalityId, LocalDate today) {
}
