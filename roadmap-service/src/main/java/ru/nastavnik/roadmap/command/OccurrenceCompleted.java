package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

/** @param onTime the evidence is dated on or before the due date */
public record OccurrenceCompleted(String roadmapId, String schoolId, String municipalityId, String actionId,
                                  LocalDate dueDate, String evidenceKind, String evidenceNumber,
                                  LocalDate evidenceDate, String evidenceLink, boolean onTime) {
}
