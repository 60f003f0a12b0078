package ru.nastavnik.roadmap.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The span a roadmap covers, made of yearly cycles. School roadmaps run by school years (учебный год: 1 September
 * to 31 May, the period runs on to 31 August so that June reports still belong to it); a municipal plan often runs
 * by calendar years («на 2021 год», seed 001), where «ежегодно» means once before 31 December.
 *
 * @param firstMonth the month each yearly cycle starts with: 9 for school years, 1 for calendar years
 */
public record RoadmapPeriod(LocalDate from, LocalDate to, int firstMonth) {

    private static final Pattern SCHOOL_YEARS = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final Pattern CALENDAR_YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?");

    public RoadmapPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Период заканчивается раньше, чем начинается");
        }
    }

    /**
     * {@code 2026/2027} is one school year, {@code 2024/2027} three of them; {@code 2021} a calendar year,
     * {@code 2021-2024} four. Anything else, or a span of more than ten years, is refused with a Russian message.
     */
    public static RoadmapPeriod parse(String text) {
        String typed = text == null ? "" : text.strip();
        Matcher school = SCHOOL_YEARS.matcher(typed);
        if (school.matches()) {
            return of(Integer.parseInt(school.group(1)), Integer.parseInt(school.group(2)) - 1, 9);
        }
        Matcher calendar = CALENDAR_YEARS.matcher(typed);
        if (calendar.matches()) {
            int first = Integer.parseInt(calendar.group(1));
            return of(first, calendar.group(2) == null ? first : Integer.parseInt(calendar.group(2)), 1);
        }
        throw new IllegalArgumentException("Период указывается как учебный год (2026/2027) или календарный (2026, 2026-2028)");
    }

    private static RoadmapPeriod of(int firstCycle, int lastCycle, int firstMonth) {
        if (lastCycle < firstCycle || lastCycle - firstCycle >= 10 || firstCycle < 2000 || lastCycle > 2100) {
            throw new IllegalArgumentException("Период должен идти от более раннего года к более позднему и быть не длиннее десяти лет");
        }
        LocalDate from = LocalDate.of(firstCycle, firstMonth, 1);
        return new RoadmapPeriod(from, LocalDate.of(lastCycle, firstMonth, 1).plusYears(1).minusDays(1), firstMonth);
    }

    public boolean bySchoolYears() {
        return firstMonth != 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The yearly cycles of the period by the calendar year they start in: 2026 for 2026/2027 and for 2026. */
    public IntStream cycleStarts() {
        return IntStream.rangeClosed(from.getYear(), bySchoolYears() ? to.getYear() - 1 : to.getYear());
    }

    /** The end of a month without a year in the cycle starting in {@code cycleStart}. */
    public LocalDate monthEnd(int cycleStart, int month) {
        return YearMonth.of(month >= firstMonth ? cycleStart : cycleStart + 1, month).atEndOfMonth();
    }

    /** The calendar date of a month without a year: in the first cycle of the period. */
    public LocalDate firstMonthEnd(int month) {
        return monthEnd(from.getYear(), month);
    }

    /** When a cycle's yearly work is due: 31 May of a school year, 31 December of a calendar year. */
    public LocalDate cycleEnd(int cycleStart) {
        return bySchoolYears() ? LocalDate.of(cycleStart + 1, 5, 31) : LocalDate.of(cycleStart, 12, 31);
    }

    /** «учебный год» or «год», for explanations. */
    public String cycleWord() {
        return bySchoolYears() ? "учебный год" : "календарный год";
    }

    @Override
    public String toString() {
        return DeadlineText.format(from) + "–" + DeadlineText.format(to);
    }
}
