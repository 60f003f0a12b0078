package ru.nastavnik.pairing.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The commands of a proposal; each adjustment carries the new solution the engine computed for it. */
final class ProposalCommands {

    private ProposalCommands() {
    }

    /**
     * @param form       the form matched, or null for all forms at once
     * @param scope      the mentees this proposal places
     * @param repairing  a re-pairing: the scope's previous mentors are banned from the start
     * @param bans       pairs never to propose (a re-paired mentee's previous mentors)
     */
    record DraftProposalCommand(@TargetAggregateIdentifier String proposalId, String schoolId, String municipalityId,
                                String form, Set<String> scope, boolean repairing, List<Adjustment> bans,
                                Solution solution) {
    }

    /** A change on the board; {@code expectedVersion} is the proposal the curator looked at. */
    record AdjustProposalCommand(@TargetAggregateIdentifier String proposalId, String actingSchoolId,
                                 List<Adjustment> adjustments, Solution solution,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    record ConfirmProposalCommand(@TargetAggregateIdentifier String proposalId, String actingSchoolId,
                                  List<ConfirmedPair> pairs, LocalDate confirmedOn,
                                  @TargetAggregateVersion Long expectedVersion) {
    }

    record ConfirmedPair(String pairId, String form, boolean group, String mentorId, List<String> menteeIds) {
    }
}
