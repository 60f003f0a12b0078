package ru.nastavnik.roadmap.api;

import java.time.Instant;

public record RoadmapSummary(String id, String schoolId, String municipalityId, String title, String schoolYear, String status,
                             int actionCount, long version, Instant updatedAt) {
}
