package ru.nastavnik.roadmap.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new roadmap; the school (or, for the department, the municipality) is taken from the caller's token, never
 * from the body.
 *
 * @param schoolYear        a school year (2026/2027); the department's own plan may also cover calendar years
 *                          (2021, 2021-2024)
 * @param kind              SCHOOL for a school (the default for school staff), MUNICIPAL for the department's own
 *                          plan (the default for the department) or TEMPLATE for stages issued to its schools
 * @param previousRoadmapId to continue last year's adopted roadmap: its unfinished and recurring actions are
 *                          carried over, their deadlines read again over the new period
 * @param templateId        to start a school's roadmap from a template its department issued
 */
public record CreateRoadmapRequest(
        @NotBlank(message = "укажите название") @Size(max = 1000, message = "не длиннее 1000 символов") String title,
        @NotBlank(message = "укажите учебный год")
        @Pattern(regexp = "\\d{4}(/\\d{4}|\\s*[-–—]\\s*\\d{4})?",
                message = "учебный год в виде 2026/2027 (для плана управления — также 2026 или 2026-2028)")
        String schoolYear,
        @Pattern(regexp = "SCHOOL|MUNICIPAL|TEMPLATE", message = "вид: SCHOOL, MUNICIPAL или TEMPLATE") String kind,
        @Size(max = 64, message = "не длиннее 64 символов") String previousRoadmapId,
        @Size(max = 64, message = "не длиннее 64 символов") String templateId) {
}
