package ru.nastavnik.registry.command;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A potential mentor's answers to {@link MentorQuestionnaire}: scale answers in clear, own words sealed.
 *
 * @param scores      question code → 1–5
 * @param sealedTexts question code → the answer sealed with the person's key
 */
public record RecordMentorAnswersCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                         Map<String, Integer> scores, Map<String, String> sealedTexts) {

    public RecordMentorAnswersCommand {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        sealedTexts = sealedTexts == null ? Map.of() : Map.copyOf(sealedTexts);
    }
}
