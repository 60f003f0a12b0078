package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** The roadmap's execution is over. */
public record RoadmapClosed(String roadmapId, String schoolId, String municipalityId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
