package ru.nastavnik.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** @param withdrawnOn the date on the written withdrawal of consent */
public record WithdrawalRequest(@NotNull(message = "укажите дату отзыва согласия") LocalDate withdrawnOn) {
}
