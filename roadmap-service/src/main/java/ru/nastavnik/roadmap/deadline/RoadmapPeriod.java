package ru.nastavnik.roadmap.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span a roadmap covers. A school year (учебный год) runs from 1 September to 31 May; the period
 * runs on to 31 August so that June reports still belong to it.
 */
public record RoadmapPeriod(LocalDate from, LocalDate to) {

    private static final Pattern SCHOOL_YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

    public RoadmapPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Период заканчивается раньше, чем начинается");
        }
    }

    /** {@code 2026/2027} is one school year; {@code 2024/2027} three of them. */
    public static RoadmapPeriod ofSchoolYears(String schoolYears) {
        Matcher matcher = SCHOOL_YEARS.matcher(schoolYears.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Учебный год указывается как 2026/2027");
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Integer.parseInt(matcher.group(2));
        return new RoadmapPeriod(LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The school years of the period by the year they start in: 2026 for 2026/2027. */
    public java.util.stream.IntStream schoolYearStarts() {
        return java.util.stream.IntStream.range(from.getYear(), to.getYear());
    }

    /** The calendar date of a month without a year: in the school year it belongs to, within the period. */
    public LocalDate firstMonthEnd(int month) {
        int startYear = from.getYear();
        return YearMonth.of(month >= 9 ? startYear : startYear + 1, month).atEndOfMonth();
    }

    @Override
    public String toString() {
        return DeadlineText.format(from) + "–" + DeadlineText.format(to);
    }
}
