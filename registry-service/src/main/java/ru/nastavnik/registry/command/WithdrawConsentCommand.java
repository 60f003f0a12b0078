package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person (or their guardian) withdrew consent: their data is erased for good, the anonymous counts stay. */
public record WithdrawConsentCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                     LocalDate withdrawnOn, LocalDate today) {
}
