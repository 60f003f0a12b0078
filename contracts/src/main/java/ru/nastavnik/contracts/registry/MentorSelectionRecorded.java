package ru.nastavnik.contracts.registry;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * Where a potential mentor is in selection (отбор); the reason for a refusal stays in the registry.
 *
 * @param selection CANDIDATE, SELECTED or NOT_SELECTED
 */
public record MentorSelectionRecorded(String participantId, String schoolId, String municipalityId, String selection)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
