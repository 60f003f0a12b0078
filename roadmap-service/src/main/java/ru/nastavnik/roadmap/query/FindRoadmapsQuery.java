package ru.nastavnik.roadmap.query;

/**
 * Roadmaps of one school, or of a whole municipality when {@code schoolId} is null (school roadmaps, the
 * department's own and its templates); with a status, only those in it (the department's inbox: SUBMITTED,
 * oldest first); with a kind, only that kind.
 */
public record FindRoadmapsQuery(String schoolId, String municipalityId, String status, String kind) {
}
