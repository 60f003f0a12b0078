package ru.nastavnik.contracts.registry;

import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * What a mentee asks for, in codes ({@link ru.nastavnik.contracts.vocabulary.MentoringRequest} names); the
 * mentee's own words stay in the registry.
 */
public record MenteeRequestsRecorded(String participantId, String schoolId, String municipalityId,
                                     List<String> requests) implements IntegrationEvent {

    public MenteeRequestsRecorded {
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    @Override
    public String aggregateId() {
        return participantId;
    }
}
