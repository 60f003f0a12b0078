package ru.nastavnik.registry.api;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param requests codes of the controlled list (see {@code /api/registry/participants/vocabulary}) */
public record MenteeRequestsRequest(
        @NotNull(message = "укажите запросы") Set<@Pattern(regexp = "[A-Z_]{2,40}", message = "неизвестный запрос") String> requests,
        @Size(max = 2000, message = "не длиннее 2000 символов") String note) {
}
