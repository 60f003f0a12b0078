package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * Feedback on a meeting (обратная связь): the score and whether the author says the pair does not fit. The
 * comment stays in pairing.
 *
 * @param author        MENTOR or MENTEE
 * @param participantId who gave it (pseudonymous)
 * @param score         1–5
 */
public record FeedbackGiven(String pairId, String schoolId, String municipalityId, String meetingId, String author,
                            String participantId, int score, boolean notAGoodFit, LocalDate givenOn)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return pairId;
    }
}
