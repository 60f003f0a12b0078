package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The year as a picture: twelve months from the period's first (September for a school year, January for a
 * calendar one), a row per action, a mark in each month the action falls due.
 */
public record Timeline(List<String> months, List<Row> rows) {

    private static final String[] MONTHS = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек"};

    /**
     * @param marks per month of the school year: the day it falls due, or 0
     * @param states per month: the occurrence's status once the roadmap is adopted, or the deadline's kind
     */
    public record Row(String number, String title, String kind, List<Integer> marks, List<String> states,
                      boolean warned) {
    }

    static Timeline of(PeriodView period, List<ActionRow> actions) {
        YearMonth first = period.firstMonth();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(MONTHS[first.plusMonths(i).getMonthValue() - 1]);
        }
        List<Row> rows = actions.stream().map(action -> {
            List<Integer> marks = new ArrayList<>(java.util.Collections.nCopies(12, 0));
            List<String> states = new ArrayList<>(java.util.Collections.nCopies(12, action.kind()));
            for (LocalDate due : action.dueDates()) {
                long index = first.until(YearMonth.from(due), java.time.temporal.ChronoUnit.MONTHS);
                if (index >= 0 && index < 12) {
                    marks.set((int) index, due.getDayOfMonth());
                    action.occurrences().stream().filter(occurrence -> occurrence.dueDate().equals(due)).findFirst()
                            .ifPresent(occurrence -> states.set((int) index, occurrence.status()));
                }
            }
            return new Row(action.number(), action.title(), action.kind(), marks, states,
                    !action.warnings().isEmpty());
        }).toList();
        return new Timeline(months, rows);
    }
}
