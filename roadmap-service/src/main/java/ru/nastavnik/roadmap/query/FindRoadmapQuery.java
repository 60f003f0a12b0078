package ru.nastavnik.roadmap.query;

public record FindRoadmapQuery(String roadmapId) {
}
