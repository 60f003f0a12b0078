package ru.nastavnik.gateway.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A rebuild of monitoring's figures from the event streams, as monitoring-service reports it. No names. */
final class RebuildViews {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Moscow"));

    private RebuildViews() {
    }

    /**
     * {@code eventsTotal} is null until the service has fixed where the streams end; {@code eventsPerSecond} is the
     * rate of the reading itself.
     */
    record Rebuild(String id, String state, long eventsRead, Long eventsTotal, long eventsSkipped, int percent,
                   Double eventsPerSecond, Instant startedAt, Instant readingStartedAt, Instant readingFinishedAt,
                   Instant finishedAt, String failure) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public String stateTitle() {
            return switch (state) {
                case "RUNNING" -> "идёт";
                case "FINISHED" -> "завершена";
                default -> "не завершилась";
            };
        }

        public String started() {
            return startedAt == null ? "" : MOMENT.format(startedAt);
        }

        public String finished() {
            return finishedAt == null ? "" : MOMENT.format(finishedAt);
        }

        public String rate() {
            return eventsPerSecond == null ? "—" : String.format(java.util.Locale.ROOT, "%,.0f", eventsPerSecond)
                    .replace(',', ' ');
        }
    }
}
