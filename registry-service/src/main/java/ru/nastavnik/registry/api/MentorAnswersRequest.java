package ru.nastavnik.registry.api;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param answers question code → the answer as typed (a number 1–5 for scale questions) */
public record MentorAnswersRequest(
        @NotNull(message = "укажите ответы") Map<String, @Size(max = 2000, message = "не длиннее 2000 символов") String> answers) {
}
