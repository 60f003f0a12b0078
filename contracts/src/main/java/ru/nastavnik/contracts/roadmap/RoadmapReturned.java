package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** The department returned the roadmap for rework; the comment stays in roadmap-service. */
public record RoadmapReturned(String roadmapId, String schoolId, String municipalityId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
