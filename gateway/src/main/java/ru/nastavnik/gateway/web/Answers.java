package ru.nastavnik.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

/** A mentor's questionnaire answers as the card's form shows them back. Public for the templates. */
public final class Answers {

    private Answers() {
    }

    /** The answer to the question with this code, words or score, or an empty string. */
    public static String text(JsonNode answers, String code) {
        for (JsonNode answer : answers) {
            if (answer.path("code").asText().equals(code)) {
                return answer.hasNonNull("score") ? answer.get("score").asText() : answer.path("text").asText("");
            }
        }
        return "";
    }
}
