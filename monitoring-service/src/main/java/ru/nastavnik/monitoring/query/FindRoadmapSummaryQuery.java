package ru.nastavnik.monitoring.query;

public record FindRoadmapSummaryQuery(String municipalityId) {
}
