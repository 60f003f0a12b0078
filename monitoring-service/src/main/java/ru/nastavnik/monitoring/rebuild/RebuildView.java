package ru.nastavnik.monitoring.rebuild;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild as its page shows it. {@code eventsTotal} is null until the end offsets are captured; {@code eventsRead}
 * counts every event up to them, applied or skipped ({@code eventsSkipped}: unreadable, as the live consumer
 * dead-letters them); {@code eventsPerSecond} is the rate of the reading itself, without stopping and starting the
 * listeners.
 */
public record RebuildView(UUID id, String state, long eventsRead, Long eventsTotal, long eventsSkipped, int percent,
                          Double eventsPerSecond, Instant startedAt, Instant readingStartedAt,
                          Instant readingFinishedAt, Instant finishedAt, String failure) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String FAILED = "FAILED";
}
