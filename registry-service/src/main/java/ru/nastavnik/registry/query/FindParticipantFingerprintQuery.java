package ru.nastavnik.registry.query;

/** Whether the school's base already holds this person; answers the participant's id or nothing. */
public record FindParticipantFingerprintQuery(String schoolId, String fingerprint) {
}
