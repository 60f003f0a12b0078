package ru.nastavnik.registry.api;

public record CreatedParticipant(String id) {
}
