package ru.nastavnik.roadmap.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * @param kind       SCHOOL (a school's roadmap), MUNICIPAL (the department's own) or TEMPLATE (issued to schools)
 * @param schoolId   null for the department's roadmaps and templates
 * @param schoolYear the period: a school year (2026/2027) or, for the department's plan, calendar years (2021)
 * @param templateId the template a school's roadmap started from, or null
 */
public record RoadmapSummary(String id, String kind, String schoolId, String municipalityId, String title,
                             String schoolYear, String status, int actionCount, long version, Instant updatedAt,
                             String orderNumber, LocalDate orderDate, String templateId) {
}
