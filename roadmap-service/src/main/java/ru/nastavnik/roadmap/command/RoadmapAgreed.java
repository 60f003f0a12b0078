package ru.nastavnik.roadmap.command;

public record RoadmapAgreed(String roadmapId, String schoolId, String municipalityId, String comment) {
}
