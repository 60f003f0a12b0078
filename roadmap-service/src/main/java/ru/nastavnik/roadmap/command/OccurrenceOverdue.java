package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

public record OccurrenceOverdue(String roadmapId, String schoolId, String municipalityId, String actionId,
                                LocalDate dueDate) {
}
