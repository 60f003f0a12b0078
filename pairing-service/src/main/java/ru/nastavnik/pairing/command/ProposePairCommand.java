package ru.nastavnik.pairing.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose a mentoring pair; mentor and mentee are pseudonymous ids from the registry, never names. */
public record ProposePairCommand(@TargetAggregateIdentifier String pairId, String schoolId, String municipalityId,
                                 String mentorId, String menteeId, MentoringForm form) {
}
