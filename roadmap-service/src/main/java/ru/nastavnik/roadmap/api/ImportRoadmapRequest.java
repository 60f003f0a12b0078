package ru.nastavnik.roadmap.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A previewed document, as the person corrected it, saved as a draft roadmap of the caller's organisation.
 *
 * @param schoolYear the period (2026/2027; the department's plan may also be a calendar year)
 * @param schoolId   for a department migrating its schools: the school of its municipality the draft is for; empty
 *                   for the caller's own organisation
 */
public record ImportRoadmapRequest(
        @NotBlank(message = "укажите название") @Size(max = 1000, message = "не длиннее 1000 символов") String title,
        @NotBlank(message = "укажите учебный год") String schoolYear,
        @NotEmpty(message = "в документе нет ни одного мероприятия") @Size(max = 500, message = "не больше 500 мероприятий")
        List<@Valid Action> actions,
        @Size(max = 64, message = "не длиннее 64 символов") String schoolId) {

    /** An imported row: what the document did not say (a deadline, a responsible party) may stay empty in a draft. */
    public record Action(
            @NotBlank(message = "укажите раздел (этап)") @Size(max = 1000, message = "не длиннее 1000 символов") String section,
            @NotBlank(message = "укажите номер, например 1.1") @Size(max = 20, message = "не длиннее 20 символов") String number,
            @NotBlank(message = "укажите название мероприятия") @Size(max = 1000, message = "не длиннее 1000 символов") String title,
            @Size(max = 300, message = "не длиннее 300 символов") String deadline,
            @Size(max = 500, message = "не длиннее 500 символов") String responsible,
            @Size(max = 1000, message = "не длиннее 1000 символов") String result) {
    }
}
