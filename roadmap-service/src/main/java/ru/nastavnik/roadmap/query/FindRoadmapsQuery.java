package ru.nastavnik.roadmap.query;

/** Roadmaps of one school, or of every school of a municipality when {@code schoolId} is null. */
public record FindRoadmapsQuery(String schoolId, String municipalityId) {
}
