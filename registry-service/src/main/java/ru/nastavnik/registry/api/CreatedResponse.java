package ru.nastavnik.registry.api;

/** The id of what a POST created: a participant, a partner, a publication. */
public record CreatedResponse(String id) {
}
