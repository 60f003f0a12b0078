package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A pair or group finished its programme: the final meeting held, reflection from both sides.
 *
 * @param outcome        GOAL_REACHED, PARTLY_REACHED or NOT_REACHED
 * @param mentorNominated the mentor is put forward for recognition (система поощрения)
 */
public record PairCompleted(String pairId, String schoolId, String municipalityId, LocalDate completedOn,
                            String outcome, boolean mentorNominated) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
