package ru.nastavnik.pairing.stalling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.pairing.pairs.Commands.RecordStallCommand;
import ru.nastavnik.pairing.pairs.PairViews;
import ru.nastavnik.pairing.programme.Programmes;

/**
 * Finds stalled pairs by itself: at every start and then every minute, each active pair's facts are weighed
 * ({@link StallRules}); a change of its reasons is recorded on the pair (an event, so monitoring counts it). Nothing
 * is kept in memory between runs, so a restart misses nothing, and several instances at once only record what
 * changed (the pair ignores a finding equal to the one it holds).
 */
@Component
class StallSweep {

    private static final Logger log = LoggerFactory.getLogger(StallSweep.class);

    private final PairViews pairs;
    private final Programmes programmes;
    private final CommandGateway commands;
    private final Clock clock;

    StallSweep(PairViews pairs, Programmes programmes, CommandGateway commands, Clock clock) {
        this.pairs = pairs;
        this.programmes = programmes;
        this.commands = commands;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${nastavnik.pairing.stall-sweep-ms:60000}", initialDelayString = "${nastavnik.pairing.stall-sweep-ms:60000}")
    void everyMinute() {
        sweep();
    }

    /** @return how many pairs changed */
    int sweep() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> weeksBySchool = new HashMap<>();
        int changed = 0;
        for (PairViews.WorkFacts pair : pairs.activeWork()) {
            int weeks = weeksBySchool.computeIfAbsent(pair.schoolId(), school -> programmes.settingsOf(school).stallWeeks());
            Map<StallReason, LocalDate> found = StallRules.reasonsSince(pair, today, weeks);
            Set<StallReason> reasons = found.keySet();
            Set<StallReason> recorded = pair.recordedReasons().isEmpty() ? EnumSet.noneOf(StallReason.class)
                    : EnumSet.copyOf(pair.recordedReasons());
            if (!reasons.equals(recorded)) {
                try {
                    LocalDate since = found.values().stream().min(LocalDate::compareTo).orElse(today);
                    commands.sendAndWait(new RecordStallCommand(pair.pairId(), Set.copyOf(reasons), since));
                    changed++;
                } catch (RuntimeException failed) {
                    log.warn("Stall of pair {} not recorded: {}", pair.pairId(), failed.getMessage());
                }
            }
        }
        return changed;
    }
}
