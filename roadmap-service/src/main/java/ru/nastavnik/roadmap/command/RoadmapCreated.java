package ru.nastavnik.roadmap.command;

public record RoadmapCreated(String roadmapId, String schoolId, String municipalityId, String title,
                             String schoolYear) {
}
