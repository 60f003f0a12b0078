package ru.nastavnik.roadmap.command;

public record RoadmapSubmitted(String roadmapId, String schoolId, String municipalityId, int actionCount) {
}
