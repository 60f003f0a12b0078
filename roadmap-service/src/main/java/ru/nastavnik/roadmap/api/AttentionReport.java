package ru.nastavnik.roadmap.api;

import java.time.LocalDate;
import java.util.List;

/** What needs attention today: overdue occurrences, and those due within the next two weeks. */
public record AttentionReport(LocalDate today, List<Occurrence> overdue, List<Occurrence> dueSoon) {
}
