package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** The department agreed the roadmap (согласование). */
public record RoadmapAgreed(String roadmapId, String schoolId, String municipalityId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
