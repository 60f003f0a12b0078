package ru.nastavnik.registry.command;

/**
 * A person entered the school's base with recorded consent; personal fields sealed.
 *
 * @param partnerId the partner organisation an employee-mentor comes from, else null
 */
public record ParticipantEnrolled(String participantId, String schoolId, String municipalityId, ParticipantRole role,
                                  ParticipantCategory category, String ageBand, Integer grade, String experienceBand,
                                  Consent consent, SealedPersonalData personalData, String partnerId) {
}
