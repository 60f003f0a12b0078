package ru.nastavnik.pairing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.RuleViolationException;

/** A mentoring pair (наставническая пара) of one school. */
@Aggregate
class Pair {

    /** Pseudonymous participant ids: letters, digits and dashes; a name or a phone never fits. */
    private static final Pattern PARTICIPANT_ID = Pattern.compile("[a-z]{1,4}-[a-z0-9-]{1,60}");

    @AggregateIdentifier
    private String pairId;

    Pair() {
        // for Axon
    }

    @CommandHandler
    Pair(ProposePairCommand command) {
        if (!PARTICIPANT_ID.matcher(command.mentorId()).matches()
                || !PARTICIPANT_ID.matcher(command.menteeId()).matches()) {
            throw RuleViolationException.unprocessable("participant-id-format",
                    "Участники указываются кодами из базы наставников и наставляемых (например m-12), а не именами");
        }
        if (command.mentorId().equals(command.menteeId())) {
            throw RuleViolationException.unprocessable("mentor-is-mentee",
                    "Наставник и наставляемый должны быть разными людьми");
        }
        apply(new PairProposed(command.pairId(), command.schoolId(), command.municipalityId(), command.mentorId(),
                command.menteeId(), command.form()));
    }

    @EventSourcingHandler
    void on(PairProposed event) {
        pairId = event.pairId();
    }
}
