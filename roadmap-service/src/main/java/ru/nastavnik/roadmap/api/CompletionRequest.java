package ru.nastavnik.roadmap.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The document that proves an occurrence done. */
public record CompletionRequest(
        @NotBlank(message = "укажите вид документа: приказ, протокол, справка …") @Size(max = 200, message = "не длиннее 200 символов") String evidenceKind,
        @Size(max = 100, message = "не длиннее 100 символов") String evidenceNumber,
        @NotNull(message = "укажите дату документа в виде 2026-09-15") LocalDate evidenceDate,
        @Size(max = 1000, message = "не длиннее 1000 символов") String evidenceLink) {
}
