package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** A school started a roadmap (дорожная карта) for a school year, as a draft. */
public record RoadmapCreated(String roadmapId, String schoolId, String municipalityId, String title,
                             String schoolYear) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
