package ru.nastavnik.roadmap.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new roadmap; the school is taken from the caller's token, never from the body.
 *
 * @param previousRoadmapId to continue last year's adopted roadmap: its unfinished and recurring actions are
 *                          carried over, their deadlines read again over the new school year
 */
public record CreateRoadmapRequest(
        @NotBlank(message = "укажите название") @Size(max = 300, message = "не длиннее 300 символов") String title,
        @NotBlank(message = "укажите учебный год")
        @Pattern(regexp = "\\d{4}/\\d{4}", message = "учебный год в виде 2026/2027") String schoolYear,
        @Size(max = 64, message = "не длиннее 64 символов") String previousRoadmapId) {
}
