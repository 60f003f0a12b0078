package ru.nastavnik.pairing.proposals;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.pairing.proposals.ProposalCommands.AdjustProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmedPair;
import ru.nastavnik.pairing.proposals.ProposalCommands.DraftProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalAdjusted;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalConfirmed;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalDrafted;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * A matching proposal the curator shapes before confirming it (черновик подбора): the engine's solution, the pins,
 * bans and held-out mentees that shaped it, and at the end the pairs and groups it became. The solving happens
 * before a command is sent (the engine is pure, but it reads the candidate directory); the proposal checks that
 * every adjustment makes sense against what it holds and keeps the history of how the board changed.
 */
@Aggregate
class Proposal {

    @AggregateIdentifier
    private String proposalId;
    private String schoolId;
    private boolean confirmed;
    private Set<String> scope = Set.of();
    private final Map<String, String> pins = new HashMap<>();
    private final Set<String> bans = new HashSet<>();
    private final Set<String> heldOut = new HashSet<>();
    private Solution solution;

    Proposal() {
        // for Axon
    }

    @CommandHandler
    Proposal(DraftProposalCommand command) {
        if (command.scope() == null || command.scope().isEmpty()) {
            throw BrokenRule.invalid("nobody-to-match", "Некого подбирать: все наставляемые уже в парах или базы пусты");
        }
        apply(new ProposalDrafted(command.proposalId(), command.schoolId(), command.municipalityId(), command.form(),
                Set.copyOf(command.scope()), command.repairing(), List.copyOf(command.bans()), command.solution()));
    }

    @CommandHandler
    void handle(AdjustProposalCommand command) {
        requireDraft(command.actingSchoolId());
        for (Adjustment adjustment : command.adjustments()) {
            String mentee = adjustment.menteeId();
            if (!scope.contains(mentee)) {
                throw BrokenRule.invalid("mentee-not-in-proposal", "Этого наставляемого нет в подборе");
            }
            switch (adjustment.kind()) {
                case PIN -> {
                    if (bans.contains(key(mentee, adjustment.mentorId()))) {
                        throw BrokenRule.invalid("pin-banned", "Эту пару куратор запретил: сначала снимите запрет");
                    }
                    if (heldOut.contains(mentee)) {
                        throw BrokenRule.invalid("pin-held-out", "Наставляемый исключён из подбора: сначала верните его");
                    }
                }
                case UNPIN -> {
                    if (!pins.containsKey(mentee)) {
                        throw BrokenRule.state("not-pinned", "Эта пара не закреплена");
                    }
                }
                case BAN -> {
                    if (adjustment.mentorId().equals(pins.get(mentee))) {
                        throw BrokenRule.invalid("ban-pinned", "Пара закреплена куратором: сначала снимите закрепление");
                    }
                }
                case UNBAN -> {
                    if (!bans.contains(key(mentee, adjustment.mentorId()))) {
                        throw BrokenRule.state("not-banned", "Эта пара не запрещена");
                    }
                }
                case HOLD_OUT -> {
                    if (heldOut.contains(mentee)) {
                        throw BrokenRule.state("held-out", "Наставляемый уже исключён из подбора");
                    }
                }
                case RETURN -> {
                    if (!heldOut.contains(mentee)) {
                        throw BrokenRule.state("not-held-out", "Наставляемый не исключён из подбора");
                    }
                }
            }
        }
        apply(new ProposalAdjusted(proposalId, List.copyOf(command.adjustments()), command.solution(),
                solution.objective()));
    }

    @CommandHandler
    void handle(ConfirmProposalCommand command) {
        requireDraft(command.actingSchoolId());
        if (solution.pairs().isEmpty() || command.pairs().isEmpty()) {
            throw BrokenRule.state("nothing-to-confirm", "В подборе нет ни одной пары");
        }
        Set<String> proposed = new HashSet<>();
        solution.pairs().forEach(pair -> proposed.add(key(pair.menteeId(), pair.mentorId())));
        Set<String> confirmedPairs = new LinkedHashSet<>();
        for (ConfirmedPair pair : command.pairs()) {
            pair.menteeIds().forEach(mentee -> confirmedPairs.add(key(mentee, pair.mentorId())));
        }
        if (!confirmedPairs.equals(proposed)) {
            throw BrokenRule.state("proposal-changed", "Подбор изменился, пока вы его смотрели: обновите страницу");
        }
        apply(new ProposalConfirmed(proposalId, schoolId, List.copyOf(command.pairs()), command.confirmedOn()));
    }

    private void requireDraft(String actingSchoolId) {
        if (!schoolId.equals(actingSchoolId)) {
            throw BrokenRule.notVisible("Подбор не найден");
        }
        if (confirmed) {
            throw BrokenRule.state("proposal-confirmed", "Подбор уже утверждён: пары сформированы");
        }
    }

    private static String key(String menteeId, String mentorId) {
        return menteeId + "→" + mentorId;
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        proposalId = event.proposalId();
        schoolId = event.schoolId();
        scope = event.scope();
        event.bans().forEach(ban -> bans.add(key(ban.menteeId(), ban.mentorId())));
        solution = event.solution();
    }

    @EventSourcingHandler
    void on(ProposalAdjusted event) {
        for (Adjustment adjustment : event.adjustments()) {
            switch (adjustment.kind()) {
                case PIN -> pins.put(adjustment.menteeId(), adjustment.mentorId());
                case UNPIN -> pins.remove(adjustment.menteeId());
                case BAN -> bans.add(key(adjustment.menteeId(), adjustment.mentorId()));
                case UNBAN -> bans.remove(key(adjustment.menteeId(), adjustment.mentorId()));
                case HOLD_OUT -> {
                    heldOut.add(adjustment.menteeId());
                    pins.remove(adjustment.menteeId());
                }
                case RETURN -> heldOut.remove(adjustment.menteeId());
            }
        }
        solution = event.solution();
    }

    @EventSourcingHandler
    void on(ProposalConfirmed event) {
        confirmed = true;
    }
}
