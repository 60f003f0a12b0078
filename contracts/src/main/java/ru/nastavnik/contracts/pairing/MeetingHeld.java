package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A meeting of a pair or group took place. Its notes stay in pairing.
 *
 * @param kind   a {@link MeetingKind} name
 * @param format IN_PERSON, REMOTE or MIXED
 */
public record MeetingHeld(String pairId, String schoolId, String municipalityId, String meetingId, String kind,
                          LocalDate heldOn, String format) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
