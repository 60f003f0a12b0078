package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enter a person into the school's base of mentors or mentees, with the consent that allows it. Personal fields
 * arrive sealed: neither the aggregate nor the event store ever holds them in clear. What indicators count (role,
 * category, bands, grade) is computed at the edge and travels in clear.
 *
 * @param ageBand        under-10, 10-14, 15-18 or adult, from the birth date
 * @param minor          under 18 on {@code today}
 * @param grade          the pupil's grade (класс), null for adults
 * @param experienceBand a teacher's years of experience: 0-3 or over-3; null for pupils
 * @param partnerId      for a partner organisation's employee, the partner (checked to be the school's own)
 */
public record EnrolParticipantCommand(@TargetAggregateIdentifier String participantId, String schoolId,
                                      String municipalityId, ParticipantRole role, ParticipantCategory category,
                                      String ageBand, boolean minor, Integer grade, String experienceBand,
                                      Consent consent, SealedPersonalData personalData, LocalDate today,
                                      String partnerId) {
}
