package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/** A pair or group ended before completion; {@code reason} is a {@link PairEndReason} name. */
public record PairDissolved(String pairId, String schoolId, String municipalityId, LocalDate dissolvedOn,
                            String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
