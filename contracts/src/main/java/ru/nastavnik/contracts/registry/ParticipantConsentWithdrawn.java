package ru.nastavnik.contracts.registry;

import ru.nastavnik.contracts.IntegrationEvent;

/** The person's data was erased at their request; the anonymous fact that they took part stays counted. */
public record ParticipantConsentWithdrawn(String participantId, String schoolId, String municipalityId)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
