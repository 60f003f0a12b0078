package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * An active pair's work has stopped (or its reasons changed): {@code reasons} are {@link StallReason} names; an
 * empty list means the pair is moving again.
 */
public record PairStalled(String pairId, String schoolId, String municipalityId, List<String> reasons,
                          LocalDate since) implements IntegrationEvent {

    public PairStalled {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return pairId;
    }
}
