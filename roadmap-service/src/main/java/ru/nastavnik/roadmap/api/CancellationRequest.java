package ru.nastavnik.roadmap.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CancellationRequest(
        @NotBlank(message = "укажите причину отмены") @Size(max = 1000, message = "не длиннее 1000 символов") String reason) {
}
