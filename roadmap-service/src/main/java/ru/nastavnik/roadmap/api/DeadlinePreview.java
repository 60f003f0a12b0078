package ru.nastavnik.roadmap.api;

import java.time.LocalDate;
import java.util.List;

/** How a typed deadline will be read; {@code kindTitle} and texts are Russian, for the editor. */
public record DeadlinePreview(String text, String kind, String kindTitle, List<LocalDate> dueDates,
                              boolean conditional, Integer relativeDays, String explanation, List<String> warnings,
                              String suggestion) {
}
