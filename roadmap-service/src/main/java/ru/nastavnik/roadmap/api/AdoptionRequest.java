package ru.nastavnik.roadmap.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head's order (приказ) that adopts the roadmap. */
public record AdoptionRequest(
        @NotBlank(message = "укажите номер приказа") @Size(max = 100, message = "не длиннее 100 символов") String orderNumber,
        @NotNull(message = "укажите дату приказа в виде 2026-09-15") LocalDate orderDate) {
}
