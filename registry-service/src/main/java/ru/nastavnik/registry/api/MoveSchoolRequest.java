package ru.nastavnik.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param regionId the region the school passes to; left out, it stays in the caller's region
 * @param movedOn  from this day the school counts for the new municipality
 */
public record MoveSchoolRequest(
        @NotBlank(message = "укажите муниципалитет, к которому переходит организация")
        @Size(max = 64, message = "не длиннее 64 символов") String municipalityId,
        @Size(max = 64, message = "не длиннее 64 символов") String regionId,
        @NotNull(message = "укажите дату перехода") LocalDate movedOn) {
}
