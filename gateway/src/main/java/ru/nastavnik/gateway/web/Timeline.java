package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The period as a picture: a column per month for a year (from September for a school year, January for a calendar
 * one), a column per quarter for a plan of several years; a row per action, a mark in each column the action falls
 * due in.
 *
 * @param columns the columns' labels
 * @param quarters true when a column is a quarter (a plan of several years), false when it is a month
 */
public record Timeline(List<String> columns, boolean quarters, List<Row> rows) {

    private static final String[] MONTHS = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек"};
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final int MONTHS_A_YEAR = 12;

    /**
     * @param marks  per column: the day it falls due in a month's column, how many times in a quarter's; 0 when none
     * @param states per column: the occurrence's status once the roadmap is adopted, or the deadline's kind
     */
    public record Row(String number, String title, String kind, List<Integer> marks, List<String> states,
                      boolean warned) {
    }

    static Timeline of(PeriodView period, List<ActionRow> actions) {
        boolean quarters = period.firstMonth().until(YearMonth.from(period.to()), ChronoUnit.MONTHS) + 1 > MONTHS_A_YEAR;
        // quarters are the calendar's: a plan from September starts in the third quarter
        YearMonth first = quarters ? period.firstMonth().withMonth((period.firstMonth().getMonthValue() - 1) / 3 * 3 + 1)
                : period.firstMonth();
        long months = first.until(YearMonth.from(period.to()), ChronoUnit.MONTHS) + 1;
        int monthsAColumn = quarters ? 3 : 1;
        int count = (int) ((months + monthsAColumn - 1) / monthsAColumn);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            YearMonth start = first.plusMonths((long) i * monthsAColumn);
            columns.add(quarters ? QUARTERS[(start.getMonthValue() - 1) / 3] + " кв. " + start.getYear()
                    : MONTHS[start.getMonthValue() - 1]);
        }
        List<Row> rows = actions.stream().map(action -> {
            List<Integer> marks = new ArrayList<>(Collections.nCopies(count, 0));
            List<String> states = new ArrayList<>(Collections.nCopies(count, action.kind()));
            for (LocalDate due : action.dueDates()) {
                long index = first.until(YearMonth.from(due), ChronoUnit.MONTHS) / monthsAColumn;
                if (!due.isBefore(first.atDay(1)) && index < count) {
                    int column = (int) index;
                    marks.set(column, quarters ? marks.get(column) + 1 : due.getDayOfMonth());
                    action.occurrences().stream().filter(occurrence -> occurrence.dueDate().equals(due)).findFirst()
                            .ifPresent(occurrence -> states.set(column, occurrence.status()));
                }
            }
            return new Row(action.number(), action.title(), action.kind(), marks, states,
                    !action.warnings().isEmpty());
        }).toList();
        return new Timeline(columns, quarters, rows);
    }
}
