package ru.nastavnik.contracts.roadmap;

import ru.nastavnik.contracts.IntegrationEvent;

/** An action (мероприятие) was added to a roadmap section. */
public record RoadmapActionAdded(String roadmapId, String schoolId, String municipalityId, String actionId,
                                 String section, String number, int actionCount) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return roadmapId;
    }
}
