package ru.nastavnik.monitoring.indicators;

/** One form of mentoring's part of a pair count: {@code form} is a MentoringForm code. */
public record FormFigure(String form, String title, long value) {
}
