package ru.nastavnik.roadmap.command;

public record RoadmapReturned(String roadmapId, String schoolId, String municipalityId, String comment) {
}
