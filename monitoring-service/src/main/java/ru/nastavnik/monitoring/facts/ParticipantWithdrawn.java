package ru.nastavnik.monitoring.facts;

/**
 * A participant withdrew consent (from the registry's event, in the consumer's transaction): what monitoring keeps
 * about the person beyond the anonymous facts must let go of them.
 */
public record ParticipantWithdrawn(String participantId) {
}
