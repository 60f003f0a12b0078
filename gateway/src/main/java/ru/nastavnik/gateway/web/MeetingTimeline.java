package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pair's meetings as a picture: a line from the order to today (or to the end of the work), each meeting a dot
 * where it happened, coloured by kind, with the feedback scores under it; the weeks without meetings show as gaps.
 * Geometry only, in SVG user units: the template draws it (attributes, not inline styles, so the CSP holds).
 */
public record MeetingTimeline(int width, int height, int lineY, List<Dot> dots, List<Tick> ticks, Integer todayX) {

    static final int WIDTH = 900;
    static final int HEIGHT = 120;
    static final int MARGIN = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag("ru"));

    /** @param label the meeting's kind in short; @param scores the feedback given, e.g. «5 / 4» */
    public record Dot(int x, String kind, String title, String label, String scores) {
    }

    public record Tick(int x, String label) {
    }

    static MeetingTimeline of(PairingViews.PairCard pair, LocalDate today) {
        LocalDate start = pair.fixedOn();
        if (start == null) {
            return null;
        }
        LocalDate end = pair.completion() != null ? pair.completion().completedOn()
                : pair.ending() != null ? pair.ending().endedOn() : today;
        if (!pair.meetings().isEmpty() && pair.meetings().getLast().heldOn().isAfter(end)) {
            end = pair.meetings().getLast().heldOn();
        }
        long days = Math.max(14, ChronoUnit.DAYS.between(start, end));
        List<Dot> dots = new ArrayList<>();
        for (PairingViews.Meeting meeting : pair.meetings()) {
            String scores = String.join(" / ", meeting.feedback().stream().map(f -> Integer.toString(f.score())).toList());
            dots.add(new Dot(x(start, meeting.heldOn(), days), meeting.kind(), meeting.kindTitle() + ", "
                    + meeting.heldOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), shortOf(meeting.kind()), scores));
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = start.withDayOfMonth(1).plusMonths(1); !month.isAfter(end); month = month.plusMonths(1)) {
            ticks.add(new Tick(x(start, month, days), month.format(DateTimeFormatter.ofPattern("LLL", Locale.forLanguageTag("ru")))));
        }
        ticks.addFirst(new Tick(MARGIN, start.format(DAY)));
        Integer todayX = pair.isOpen() ? x(start, today, days) : null;
        return new MeetingTimeline(WIDTH, HEIGHT, 50, dots, ticks, todayX);
    }

    private static int x(LocalDate start, LocalDate date, long days) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, date)));
        return (int) (MARGIN + offset * (WIDTH - 2 * MARGIN) / days);
    }

    private static String shortOf(String kind) {
        return switch (kind) {
            case "INTRODUCTION" -> "З";
            case "TRIAL" -> "П";
            case "PLANNING" -> "Пл";
            case "FINAL" -> "И";
            default -> "Р";
        };
    }
}
