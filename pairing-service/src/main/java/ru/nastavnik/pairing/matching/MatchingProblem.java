package ru.nastavnik.pairing.matching;

import java.util.List;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * One round of matching for one school.
 *
 * @param mentees         mentees to place (order does not matter: the engine sorts by id)
 * @param mentors         the school's mentors, whatever their selection (the engine explains why one was left out)
 * @param form            the form to match, or {@code null} for all forms at once
 * @param pins            pairs fixed by the curator
 * @param bans            pairs never to propose
 * @param excludedMentees ids of mentees taken out of this round
 * @param settings        weights, training requirement, objective
 */
public record MatchingProblem(
        List<Mentee> mentees,
        List<Mentor> mentors,
        MentoringForm form,
        List<Pin> pins,
        Set<Ban> bans,
        Set<String> excludedMentees,
        MatchingSettings settings) {

    public MatchingProblem {
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        pins = pins == null ? List.of() : List.copyOf(pins);
        bans = bans == null ? Set.of() : Set.copyOf(bans);
        excludedMentees = excludedMentees == null ? Set.of() : Set.copyOf(excludedMentees);
        settings = settings == null ? MatchingSettings.defaults() : settings;
    }

    /** All forms, no pins, bans or exclusions, default settings. */
    public static MatchingProblem of(List<Mentee> mentees, List<Mentor> mentors) {
        return new MatchingProblem(mentees, mentors, null, null, null, null, null);
    }

    public MatchingProblem withForm(MentoringForm value) {
        return new MatchingProblem(mentees, mentors, value, pins, bans, excludedMentees, settings);
    }

    public MatchingProblem withPins(List<Pin> value) {
        return new MatchingProblem(mentees, mentors, form, value, bans, excludedMentees, settings);
    }

    public MatchingProblem withBans(Set<Ban> value) {
        return new MatchingProblem(mentees, mentors, form, pins, value, excludedMentees, settings);
    }

    public MatchingProblem withExcludedMentees(Set<String> value) {
        return new MatchingProblem(mentees, mentors, form, pins, bans, value, settings);
    }

    public MatchingProblem withSettings(MatchingSettings value) {
        return new MatchingProblem(mentees, mentors, form, pins, bans, excludedMentees, value);
    }
}
