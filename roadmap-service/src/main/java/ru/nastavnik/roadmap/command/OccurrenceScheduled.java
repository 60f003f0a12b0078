package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

/** The anchor of a relative deadline was done: the dependent action now has its due date. */
public record OccurrenceScheduled(String roadmapId, String schoolId, String municipalityId, String actionId,
                                  LocalDate dueDate, String anchorActionId) {
}
