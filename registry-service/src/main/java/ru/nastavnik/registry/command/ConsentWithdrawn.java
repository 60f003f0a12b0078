package ru.nastavnik.registry.command;

import java.time.LocalDate;

/** From here on the person's key is destroyed and their base entry holds no personal data. */
public record ConsentWithdrawn(String participantId, String schoolId, String municipalityId, ParticipantRole role,
                               LocalDate withdrawnOn) {
}
