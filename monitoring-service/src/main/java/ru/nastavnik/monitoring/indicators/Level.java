package ru.nastavnik.monitoring.indicators;

import java.util.Arrays;

/** The organisation level an indicator is asked for: a school, a municipality (its schools), a region. */
enum Level {
    SCHOOL, MUNICIPALITY, REGION;

    static Level parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Укажите уровень: level=SCHOOL, MUNICIPALITY или REGION");
        }
        return Arrays.stream(values()).filter(level -> level.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Неизвестный уровень; допустимы SCHOOL, MUNICIPALITY и REGION"));
    }
}
