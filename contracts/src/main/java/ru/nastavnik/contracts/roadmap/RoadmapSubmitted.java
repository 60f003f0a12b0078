package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** The school sent its roadmap to the municipal department for agreement (согласование). */
public record RoadmapSubmitted(String roadmapId, String schoolId, String municipalityId, int actionCount)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
