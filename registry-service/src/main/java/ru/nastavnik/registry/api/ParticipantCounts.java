package ru.nastavnik.registry.api;

import java.util.List;
import java.util.Map;

/**
 * How many people each school's bases hold: aggregates only, never a name. Withdrawn consent erases the person,
 * not the fact that they took part, so the counts stay.
 *
 * @param byRoleAndCategory role → category → people
 * @param menteesByAgeBand  mentees who are pupils, by age band
 * @param partnersProvidingMentors partner organisations with at least one of their employees in the mentors' base
 */
public record ParticipantCounts(List<School> schools, String formula) {

    public record School(String schoolId, String schoolName, int mentees, int mentors,
                         Map<String, Map<String, Integer>> byRoleAndCategory, Map<String, Integer> menteesByAgeBand,
                         int mentorsTrained, int partners, int partnersProvidingMentors) {
    }
}
