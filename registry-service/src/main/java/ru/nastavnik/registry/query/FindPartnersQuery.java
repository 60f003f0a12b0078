package ru.nastavnik.registry.query;

/** A school's partners, or every school's of a municipality when {@code schoolId} is null. */
public record FindPartnersQuery(String schoolId, String municipalityId) {
}
