package ru.nastavnik.contracts.pairing;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A mentoring pair was proposed. Mentor and mentee appear by pseudonymous registry ids only.
 *
 * @param form the form of mentoring, a code such as {@code student-student} («ученик – ученик»)
 */
public record PairProposed(String pairId, String schoolId, String municipalityId, String mentorId, String menteeId,
                           String form) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
