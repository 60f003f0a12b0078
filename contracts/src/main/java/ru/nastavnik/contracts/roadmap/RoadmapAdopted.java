package ru.nastavnik.contracts.roadmap;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/** The head adopted the roadmap by an order; its execution starts. */
public record RoadmapAdopted(String roadmapId, String schoolId, String municipalityId, LocalDate orderDate)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
