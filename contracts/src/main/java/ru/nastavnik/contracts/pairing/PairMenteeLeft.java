package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A mentee left a group that goes on without them (their consent was withdrawn, or the curator took them out).
 *
 * @param reason a {@link PairEndReason} name
 */
public record PairMenteeLeft(String pairId, String schoolId, String municipalityId, String menteeId, LocalDate leftOn,
                             String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
