package ru.nastavnik.registry.query;

/** Counts by school for one school, a municipality or a region: exactly one of the ids is given. */
public record FindParticipantCountsQuery(String schoolId, String municipalityId, String regionId) {
}
