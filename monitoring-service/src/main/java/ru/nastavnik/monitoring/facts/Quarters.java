package ru.nastavnik.monitoring.facts;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A headcount report names its quarter ({@code 2026-Q4}); it applies from the quarter's first day. */
final class Quarters {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Quarters() {
    }

    static LocalDate firstDay(String quarter) {
        Matcher matcher = QUARTER.matcher(quarter == null ? "" : quarter);
        if (!matcher.matches()) {
            // the registry validates the format; a record that still breaks it cannot be placed in time
            throw new IllegalArgumentException("A headcount quarter must read like 2026-Q4");
        }
        return LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
    }
}
