package ru.nastavnik.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's card in the school's base. After consent is withdrawn only what counts is left: status WITHDRAWN,
 * role, category and bands; every personal field is null.
 */
public record ParticipantCard(String id, String schoolId, String role, String roleTitle, String category,
                              String categoryTitle, String ageBand, Integer grade, String experienceBand,
                              String status, String fullName, LocalDate birthDate, String contacts,
                              ConsentView consent, List<Item> requests, String requestNote, MentorView mentor,
                              Instant enrolledAt, LocalDate withdrawnOn, long version) {

    public record ConsentView(String signedBy, String signedByTitle, String signerName, LocalDate signedOn,
                              List<Item> scopes) {
    }

    /** A code of a controlled list with its Russian title. */
    public record Item(String code, String title) {
    }

    public record MentorView(String competencies, List<String> preferredForms, Integer capacity, String selection,
                             String selectionTitle, String selectionReason, List<Training> trainings) {
    }

    public record Training(String id, String course, int hours, String certificateNumber, LocalDate certificateDate) {
    }
}
