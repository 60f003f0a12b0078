package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter of the calendar year, written {@code 2026-Q4}: the period of the personified account and snapshots. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2199 || number < 1 || number > 4) {
            throw new IllegalArgumentException("Квартал записывается как 2026-Q4 (год от 2000 до 2199, квартал 1–4)");
        }
    }

    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Квартал (quarter) записывается как 2026-Q4");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
