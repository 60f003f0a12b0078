package ru.nastavnik.roadmap.query;

import java.time.LocalDate;

public record FindExecutionReportQuery(String roadmapId, LocalDate from, LocalDate to, LocalDate today) {
}
