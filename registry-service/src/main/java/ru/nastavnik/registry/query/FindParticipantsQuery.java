package ru.nastavnik.registry.query;

/**
 * A school's base: by role, optionally a category and a text found in the name or the requests.
 *
 * @param role null for everyone
 */
public record FindParticipantsQuery(String schoolId, String role, String category, String text) {
}
