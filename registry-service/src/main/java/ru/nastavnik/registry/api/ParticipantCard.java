package ru.nastavnik.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's card in the school's base. After consent is withdrawn only what counts is left: status WITHDRAWN,
 * role, category and bands; every personal field is null.
 *
 * @param partnerId the partner organisation of an employee-mentor, else null
 */
public record ParticipantCard(String id, String schoolId, String role, String roleTitle, String category,
                              String categoryTitle, String ageBand, Integer grade, String experienceBand,
                              String status, String fullName, LocalDate birthDate, String contacts,
                              ConsentView consent, List<Item> requests, String requestNote, MentorView mentor,
                              Instant enrolledAt, LocalDate withdrawnOn, long version, String partnerId) {

    public record ConsentView(String signedBy, String signedByTitle, String signerName, LocalDate signedOn,
                              List<Item> scopes) {
    }

    /** A code of a controlled list with its Russian title. */
    public record Item(String code, String title) {
    }

    /** @param answers the questionnaire as answered, in the questionnaire's order */
    public record MentorView(String competencies, List<Item> competencyCodes, List<Item> preferredForms,
                             Integer capacity, String selection,
                             String selectionTitle, String selectionReason, List<Training> trainings,
                             List<Answer> answers) {
    }

    /** @param text the answer in the person's words, or null; {@code score} a 1–5 answer, or null */
    public record Answer(String code, String question, String text, Integer score) {
    }

    public record Training(String id, String course, int hours, String certificateNumber, LocalDate certificateDate) {
    }
}
