package ru.nastavnik.registry.query;

public record FindParticipantQuery(String participantId) {
}
