package ru.nastavnik.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param validUntil the last day of the agreement's term; empty for an open-ended one */
public record AgreementRequest(
        @NotBlank(message = "укажите номер соглашения") @Size(max = 100, message = "не длиннее 100 символов") String number,
        @NotNull(message = "укажите дату соглашения") LocalDate signedOn,
        LocalDate validUntil,
        @Size(max = 1000, message = "не длиннее 1000 символов") String subject) {
}
