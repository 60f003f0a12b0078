package ru.nastavnik.roadmap.api;

import java.time.LocalDate;

/**
 * One due date of one action in an adopted roadmap.
 *
 * @param status PENDING, OVERDUE, DONE, DONE_LATE or CANCELLED
 */
public record Occurrence(String roadmapId, String schoolId, String actionId, String actionNumber, String actionTitle,
                         LocalDate dueDate, String status, String evidenceKind, String evidenceNumber,
                         LocalDate evidenceDate, String evidenceLink, String cancelReason) {
}
