package ru.nastavnik.registry.command;

import java.util.Map;
import java.util.TreeMap;

/** @param questionnaire the version the answers were given under */
public record MentorAnswersRecorded(String participantId, String schoolId, String municipalityId,
                                    String questionnaire, Map<String, Integer> scores,
                                    Map<String, String> sealedTexts) {

    public MentorAnswersRecorded {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
        sealedTexts = sealedTexts == null ? Map.of() : new TreeMap<>(sealedTexts);
    }
}
