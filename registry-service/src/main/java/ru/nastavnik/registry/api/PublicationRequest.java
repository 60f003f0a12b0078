package ru.nastavnik.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param kind   PRACTICE or PROGRAMME (ignored when revising)
 * @param form   a form of mentoring from the controlled list
 * @param period a programme's school year, 2026/2027
 */
public record PublicationRequest(
        @Pattern(regexp = "PRACTICE|PROGRAMME", message = "PRACTICE или PROGRAMME") String kind,
        @NotBlank(message = "укажите название") @Size(max = 300, message = "не длиннее 300 символов") String title,
        @NotBlank(message = "укажите форму наставничества") String form,
        @NotBlank(message = "опишите суть") @Size(max = 4000, message = "не длиннее 4000 символов") String summary,
        @Size(max = 2000, message = "не длиннее 2000 символов") String results,
        @Size(max = 1000, message = "не длиннее 1000 символов") String link,
        @Size(max = 20, message = "не длиннее 20 символов") String period) {
}
