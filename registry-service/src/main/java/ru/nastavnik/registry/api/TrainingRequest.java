package ru.nastavnik.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TrainingRequest(
        @NotBlank(message = "укажите курс") @Size(max = 500, message = "не длиннее 500 символов") String course,
        int hours,
        @Size(max = 100, message = "не длиннее 100 символов") String certificateNumber,
        @NotNull(message = "укажите дату удостоверения") LocalDate certificateDate) {
}
