package ru.nastavnik.registry.api;

import java.util.List;

/**
 * The controlled lists the bases use, code and Russian title, for forms and filters. A mentor's competencies take
 * the codes of {@code menteeRequests}: what is asked for and what is offered are one list.
 */
public record Vocabulary(List<ParticipantCard.Item> roles, List<ParticipantCard.Item> categories,
                         List<ParticipantCard.Item> menteeRequests, List<ParticipantCard.Item> consentScopes,
                         List<ParticipantCard.Item> consentSigners, List<ParticipantCard.Item> mentorSelections,
                         List<ParticipantCard.Item> forms, List<MentorQuestion> mentorQuestions) {

    /** @param kind TEXT (own words) or SCALE (1–5) */
    public record MentorQuestion(String code, String text, String kind) {
    }
}
