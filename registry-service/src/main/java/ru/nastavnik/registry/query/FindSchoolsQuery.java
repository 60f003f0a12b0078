package ru.nastavnik.registry.query;

/** Schools of a municipality, or of a whole region when {@code municipalityId} is null. */
public record FindSchoolsQuery(String municipalityId, String regionId) {
}
