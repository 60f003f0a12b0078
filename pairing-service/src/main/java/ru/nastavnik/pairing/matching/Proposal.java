package ru.nastavnik.pairing.matching;

import java.util.List;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The engine's answer: every mentee of the input appears exactly once, in {@code pairs} or in {@code unmatched}.
 *
 * @param form      the form that was matched, {@code null} for all forms at once
 * @param pairs     proposed and pinned pairs, by mentee id
 * @param unmatched mentees without a mentor, by mentee id, each with a reason (excluded ones too)
 * @param objective the value of the proposal
 */
public record Proposal(MentoringForm form, List<ProposedPair> pairs, List<UnmatchedMentee> unmatched,
                       ObjectiveValue objective) {
    public Proposal {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }
}
