package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The agreement (соглашение) under which the partner provides mentors: number, date and term. */
public record SignPartnerAgreementCommand(@TargetAggregateIdentifier String partnerId, String actingSchoolId,
                                          String agreementId, String number, LocalDate signedOn,
                                          LocalDate validUntil, String subject, LocalDate today) {
}
