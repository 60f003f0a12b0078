package ru.nastavnik.pairing.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The events of a proposal. */
final class ProposalEvents {

    private ProposalEvents() {
    }

    record ProposalDrafted(String proposalId, String schoolId, String municipalityId, String form, Set<String> scope,
                           boolean repairing, List<Adjustment> bans, Solution solution) {
    }

    record ProposalAdjusted(String proposalId, List<Adjustment> adjustments, Solution solution,
                            Solution.Objective previousObjective) {
    }

    record ProposalConfirmed(String proposalId, String schoolId, List<ProposalCommands.ConfirmedPair> pairs,
                             LocalDate confirmedOn) {
    }
}
