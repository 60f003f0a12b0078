package ru.nastavnik.roadmap.api;

import java.time.Instant;
import java.time.LocalDate;

public record RoadmapSummary(String id, String schoolId, String municipalityId, String title, String schoolYear, String status,
                             int actionCount, long version, Instant updatedAt, String orderNumber,
                             LocalDate orderDate) {
}
