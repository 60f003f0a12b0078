package ru.nastavnik.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ru.nastavnik.registry.command.SchoolKind;

/**
 * @param municipalityId required from a platform administrator; an officer registers in their own
 *                       municipality and may leave it out
 */
public record RegisterSchoolRequest(
        @NotBlank(message = "укажите код организации") @Size(max = 64, message = "не длиннее 64 символов") String schoolId,
        @NotBlank(message = "укажите название") @Size(max = 300, message = "не длиннее 300 символов") String name,
        @NotNull(message = "укажите тип: GENERAL (ОО) или SUPPLEMENTARY (ДО)") SchoolKind kind,
        @Size(max = 64, message = "не длиннее 64 символов") String municipalityId) {
}
