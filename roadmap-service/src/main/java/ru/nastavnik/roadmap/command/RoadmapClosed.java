package ru.nastavnik.roadmap.command;

public record RoadmapClosed(String roadmapId, String schoolId, String municipalityId) {
}
