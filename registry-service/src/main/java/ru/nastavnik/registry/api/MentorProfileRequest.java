package ru.nastavnik.registry.api;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param competencies    the mentor's own words
 * @param competencyCodes what the mentor offers, codes of the list of requests (vocabulary.menteeRequests)
 * @param preferredForms  forms of mentoring the mentor prefers: codes (PUPIL_PUPIL) or titles («ученик – ученик»)
 */
public record MentorProfileRequest(
        @Size(max = 1000, message = "не длиннее 1000 символов") String competencies,
        Set<@Size(max = 60, message = "не длиннее 60 символов") String> competencyCodes,
        @NotNull(message = "укажите формы наставничества") Set<@Size(max = 60, message = "не длиннее 60 символов") String> preferredForms,
        int capacity) {

    public MentorProfileRequest {
        competencyCodes = competencyCodes == null ? Set.of() : competencyCodes;
    }
}
