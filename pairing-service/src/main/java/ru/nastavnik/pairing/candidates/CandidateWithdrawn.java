package ru.nastavnik.pairing.candidates;

import java.time.LocalDate;

/**
 * Published (as a Spring event, in the consumer's transaction) when the registry says a participant withdrew
 * consent: what pairing holds of the person must end with it.
 */
public record CandidateWithdrawn(String participantId, String schoolId, LocalDate withdrawnOn) {
}
