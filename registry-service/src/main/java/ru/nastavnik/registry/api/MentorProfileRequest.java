package ru.nastavnik.registry.api;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param preferredForms forms of mentoring the mentor prefers, e.g. «ученик – ученик» */
public record MentorProfileRequest(
        @Size(max = 1000, message = "не длиннее 1000 символов") String competencies,
        @NotNull(message = "укажите формы наставничества") Set<@Size(max = 60, message = "не длиннее 60 символов") String> preferredForms,
        int capacity) {
}
