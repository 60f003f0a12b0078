package ru.nastavnik.contracts.roadmap;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/** One due date of a roadmap action passed without the action being done. */
public record RoadmapOccurrenceOverdue(String roadmapId, String schoolId, String municipalityId, String actionId,
                                       LocalDate dueDate) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
