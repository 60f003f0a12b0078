package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A course the mentor completed (КПК, seminar), with its certificate (удостоверение); the certificate number is
 * sealed, as it identifies the person.
 */
public record RecordMentorTrainingCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                          String trainingId, String course, int hours,
                                          String sealedCertificateNumber, LocalDate certificateDate,
                                          LocalDate today) {
}
