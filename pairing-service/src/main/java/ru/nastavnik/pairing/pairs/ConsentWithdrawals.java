package ru.nastavnik.pairing.pairs;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.candidates.CandidateWithdrawn;
import ru.nastavnik.pairing.pairs.Commands.EndParticipationCommand;
import ru.nastavnik.pairing.privacy.PairTexts;

/**
 * When the registry says a person withdrew consent, their pairs end by themselves (a group goes on without a
 * mentee), and the keys of what was written about them are destroyed: a pair's notes, plan and reflections when the
 * person was its mentor or its only mentee, and always their own feedback comments. Runs in the consumer's
 * transaction, so it happens exactly once with the directory's change.
 */
@Component
class ConsentWithdrawals {

    private final CommandGateway commands;
    private final PairViews views;
    private final PairTexts texts;

    ConsentWithdrawals(CommandGateway commands, PairViews views, PairTexts texts) {
        this.commands = commands;
        this.views = views;
        this.texts = texts;
    }

    @EventListener
    void on(CandidateWithdrawn withdrawn) {
        // after a confirmation in progress at this school: its pairs are then seen here and ended
        views.lockSchool(withdrawn.schoolId());
        for (String pairId : views.openPairsOf(withdrawn.participantId())) {
            commands.sendAndWait(new EndParticipationCommand(pairId, withdrawn.participantId(),
                    withdrawn.withdrawnOn()));
        }
        for (PairViews.PairMembership membership : views.pairsEverOf(withdrawn.participantId())) {
            if (membership.asMentor() || !membership.group()) {
                texts.shredPair(membership.pairId());
            }
        }
        texts.shredPerson(withdrawn.participantId());
    }
}
