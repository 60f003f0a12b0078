package ru.nastavnik.roadmap.query;

/**
 * Roadmaps of one school, or of every school of a municipality when {@code schoolId} is null;
 * with a status, only those in it (the department's inbox: SUBMITTED, oldest first).
 */
public record FindRoadmapsQuery(String schoolId, String municipalityId, String status) {
}
