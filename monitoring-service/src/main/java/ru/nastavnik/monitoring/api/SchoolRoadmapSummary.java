package ru.nastavnik.monitoring.api;

import java.util.Map;

/**
 * One school's line in the department's summary.
 *
 * @param roadmapsByStatus for example {@code {"DRAFT": 1, "SUBMITTED": 2}}
 */
public record SchoolRoadmapSummary(String schoolId, String schoolName, Map<String, Integer> roadmapsByStatus,
                                   int roadmaps, int actions, int pairs) {
}
