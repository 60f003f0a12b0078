package ru.nastavnik.monitoring.api;

import java.util.Map;

/**
 * One school's line in the department's summary.
 *
 * @param roadmapsByStatus for example {@code {"DRAFT": 1, "SUBMITTED": 2}}
 * @param dueDates         due dates that came due, by state: DONE, DONE_LATE, OVERDUE
 * @param onTimeShare      done on time / (done on time + done late + overdue), 0..1; null when none came due
 */
public record SchoolRoadmapSummary(String schoolId, String schoolName, Map<String, Integer> roadmapsByStatus,
                                   int roadmaps, int actions, int pairs, Map<String, Integer> dueDates,
                                   Double onTimeShare) {
}
