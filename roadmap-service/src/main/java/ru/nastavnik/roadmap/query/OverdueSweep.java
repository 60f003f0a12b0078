package ru.nastavnik.roadmap.query;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.Occurrence;
import ru.nastavnik.roadmap.command.RecordOverdueOccurrenceCommand;

/**
 * Turns occurrences overdue when their date has passed, by itself: shortly after every start (so
 * nothing is missed while the service was down) and then every minute. Repeating is harmless.
 */
@Component
public class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    private final OccurrenceProjection occurrences;
    private final CommandGateway commands;
    private final Clock clock;

    OverdueSweep(OccurrenceProjection occurrences, CommandGateway commands, Clock clock) {
        this.occurrences = occurrences;
        this.commands = commands;
        this.clock = clock;
    }

    /** @return how many occurrences became overdue */
    @Scheduled(initialDelayString = "${nastavnik.roadmap.overdue-sweep.initial-delay:PT15S}",
            fixedDelayString = "${nastavnik.roadmap.overdue-sweep.interval:PT1M}")
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        int marked = 0;
        for (Occurrence occurrence : occurrences.pendingBefore(today)) {
            commands.sendAndWait(new RecordOverdueOccurrenceCommand(occurrence.roadmapId(), occurrence.actionId(),
                    occurrence.dueDate(), today));
            marked++;
        }
        if (marked > 0) {
            log.info("Overdue sweep: {} occurrence(s) past their date on {}", marked, today);
        }
        return marked;
    }
}
