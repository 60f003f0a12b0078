package ru.nastavnik.roadmap.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.nastavnik.roadmap.api.ExecutionReport;

/** The Russian words both report formats share. */
final class ReportTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final List<String> STATES = List.of("DONE", "DONE_LATE", "OVERDUE", "PENDING", "CANCELLED");

    private ReportTexts() {
    }

    static String state(String code) {
        return switch (code) {
            case "DONE" -> "Выполнено в срок";
            case "DONE_LATE" -> "Выполнено с опозданием";
            case "OVERDUE" -> "Просрочено";
            case "PENDING" -> "Ожидается";
            case "CANCELLED" -> "Отменено";
            default -> code;
        };
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** «Организация: школа-1; учебный год 2026/2027», or the department and its calendar period. */
    static String owner(ExecutionReport report) {
        boolean school = report.roadmap().schoolId() != null;
        return "Организация: " + (school ? report.roadmap().schoolId() : "управление образования")
                + (report.roadmap().schoolYear().contains("/") ? "; учебный год " : "; период ")
                + report.roadmap().schoolYear();
    }

    static String period(ExecutionReport report) {
        return "Период: " + date(report.from()) + " – " + date(report.to());
    }

    static String share(ExecutionReport report) {
        return report.onTimeShare() == null ? "—"
                : String.format(java.util.Locale.forLanguageTag("ru"), "%.0f%%", report.onTimeShare() * 100);
    }
}
