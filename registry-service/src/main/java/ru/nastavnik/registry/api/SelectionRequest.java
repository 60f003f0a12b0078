package ru.nastavnik.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SelectionRequest(
        @NotBlank(message = "укажите решение")
        @Pattern(regexp = "CANDIDATE|SELECTED|NOT_SELECTED", message = "CANDIDATE, SELECTED или NOT_SELECTED") String selection,
        @Size(max = 1000, message = "не длиннее 1000 символов") String reason) {
}
