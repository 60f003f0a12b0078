package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** An action was taken out of a draft roadmap; {@code actionCount} is how many remain. */
public record RoadmapActionRemoved(String roadmapId, String schoolId, String municipalityId, String actionId,
                                   int actionCount) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
