package ru.nastavnik.roadmap.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The execution of a roadmap over a period, by section (отчёт об исполнении).
 *
 * @param totals       occurrences in the period by state: DONE, DONE_LATE, OVERDUE, PENDING, CANCELLED
 * @param onTimeShare  done on time ÷ (all due in the period − cancelled), 0..1; null when nothing was due
 * @param formula      how {@code onTimeShare} is counted, in Russian
 */
public record ExecutionReport(RoadmapSummary roadmap, LocalDate from, LocalDate to, LocalDate today,
                              List<Section> sections, Map<String, Integer> totals, Double onTimeShare,
                              String formula) {

    public record Section(String name, List<Line> lines) {
    }

    public record Line(String number, String title, String deadline, LocalDate dueDate, String state,
                       String evidence) {
    }
}
