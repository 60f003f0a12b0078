package ru.nastavnik.pairing.candidates;

import java.util.Set;

/**
 * A participant of a school's bases as pairing knows them: codes and bands from the registry's events, never a
 * name. The pseudonymous id is the registry's.
 *
 * @param role           MENTEE, MENTOR or CURATOR
 * @param category       the registry's category code (PUPIL, TEACHER …)
 * @param competencies   a mentor's competency codes
 * @param preferredForms a mentor's preferred forms (MentoringForm names)
 * @param selection      a mentor's selection: CANDIDATE, SELECTED or NOT_SELECTED
 * @param requests       a mentee's request codes
 * @param withdrawn      consent withdrawn: nothing new may be done with this person
 */
public record Candidate(String participantId, String schoolId, String municipalityId, String role, String category,
                        String ageBand, String experienceBand, Integer grade, String partnerId,
                        Set<String> competencies, Set<String> preferredForms, int capacity, String selection,
                        boolean trained, Set<String> requests, boolean withdrawn) {

    public boolean isMentor() {
        return "MENTOR".equals(role);
    }

    public boolean isMentee() {
        return "MENTEE".equals(role);
    }
}
