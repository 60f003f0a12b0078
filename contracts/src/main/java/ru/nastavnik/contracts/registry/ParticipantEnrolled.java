package ru.nastavnik.contracts.registry;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A person entered a school's base of mentors or mentees with recorded consent. Never personal data: a
 * pseudonymous id, the school, the role and what indicators and matching count by.
 *
 * @param role           MENTEE, MENTOR or CURATOR
 * @param category       PUPIL, YOUNG_TEACHER, NEW_TEACHER, TEACHER, GRADUATE, COLLEGE_STUDENT, PARTNER_EMPLOYEE
 * @param ageBand        under-10, 10-14, 15-18 or adult
 * @param experienceBand 0-3 or over-3 for teachers, else null
 * @param grade          a pupil's grade 1–11, else null (added compatibly: older records read as null)
 * @param partnerId      the partner organisation a partner's employee comes from, else null (added compatibly)
 */
public record ParticipantEnrolled(String participantId, String schoolId, String municipalityId, String role,
                                  String category, String ageBand, String experienceBand, Integer grade,
                                  String partnerId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
