package ru.nastavnik.contracts.roadmap;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/** One due date of a roadmap action was done; {@code onTime} feeds "share of actions done on time". */
public record RoadmapOccurrenceCompleted(String roadmapId, String schoolId, String municipalityId, String actionId,
                                         LocalDate dueDate, boolean onTime) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
