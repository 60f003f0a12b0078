package ru.nastavnik.roadmap.command;

/** @param previousRoadmapId the roadmap this one continues, or null for a new one */
public record RoadmapCreated(String roadmapId, String schoolId, String municipalityId, String title,
                             String schoolYear, String previousRoadmapId) {
}
