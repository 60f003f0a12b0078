package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A roadmap's period as people read it: a school year (2026/2027, September to August) or, for the department's
 * plan, calendar years (2021, 2021-2024).
 */
public record PeriodView(String label, LocalDate from, LocalDate to) {

    static PeriodView of(String text) {
        int first = Integer.parseInt(text.substring(0, 4));
        if (text.contains("/")) {
            int last = Integer.parseInt(text.substring(text.indexOf('/') + 1).strip());
            return new PeriodView("Учебный год " + text, LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31));
        }
        String lastYear = text.replaceAll(".*?(\\d{4})\\s*$", "$1");
        int last = Integer.parseInt(lastYear);
        return new PeriodView(first == last ? first + " год" : "Период " + first + "–" + last + " гг.",
                LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    YearMonth firstMonth() {
        return YearMonth.from(from);
    }
}
