package ru.nastavnik.monitoring.snapshots;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The quarter closes by itself: every day the previous quarter is closed if it is not yet (so a service that was
 * down on the first day closes it the next), and closed quarters are checked for late facts.
 */
@Component
class SnapshotSchedule {

    private final QuarterSnapshots quarters;
    private final Clock clock;

    SnapshotSchedule(QuarterSnapshots quarters, Clock clock) {
        this.quarters = quarters;
        this.clock = clock;
    }

    @Scheduled(cron = "${nastavnik.monitoring.snapshots.close-cron}",
            zone = "${nastavnik.time-zone:Europe/Moscow}")
    void closePreviousQuarter() {
        if (!quarters.readModelsWhole()) {
            return; // tried again the next night
        }
        quarters.close(Quarter.of(LocalDate.now(clock)).previous(), null);
    }

    @Scheduled(cron = "${nastavnik.monitoring.snapshots.restatement-cron}",
            zone = "${nastavnik.time-zone:Europe/Moscow}")
    void checkForRestatements() {
        if (!quarters.readModelsWhole()) {
            return; // tried again the next hour
        }
        quarters.restate();
    }
}
