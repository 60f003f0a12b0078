package ru.nastavnik.monitoring.api;

import java.util.List;
import java.util.Map;

/** Roadmaps of every school of a municipality, by status, with the totals and how they are counted. */
public record RoadmapSummaryReport(String municipalityId, List<SchoolRoadmapSummary> schools,
                                   Map<String, Integer> totalsByStatus, Double onTimeShare, String formula,
                                   String onTimeFormula) {
}
