package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.time.Month;

/** A school year runs from 1 September to 31 August: the window of "in the school year up to D". */
final class SchoolYear {

    private SchoolYear() {
    }

    static LocalDate startOf(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
}
