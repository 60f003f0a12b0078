package ru.nastavnik.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterPartnerRequest(
        @NotBlank(message = "укажите название организации") @Size(max = 300, message = "не длиннее 300 символов") String name,
        @NotBlank(message = "укажите вид организации")
        @Pattern(regexp = "ENTERPRISE|COLLEGE|NGO|CULTURE_SPORT|OTHER", message = "неизвестный вид организации") String kind,
        @Size(max = 12, message = "ИНН не длиннее 12 цифр") String inn,
        @Size(max = 300, message = "не длиннее 300 символов") String contacts) {
}
