package ru.nastavnik.registry.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person for the school's base, with their consent. The school comes from the token.
 *
 * @param grade           the pupil's grade (класс), 1–11
 * @param experienceYears a teacher's years of pedagogical experience
 * @param partnerId       for an employee of a partner organisation, that partner (one of the school's)
 */
public record EnrolParticipantRequest(
        @NotBlank(message = "укажите роль") @Pattern(regexp = "MENTEE|MENTOR|CURATOR", message = "роль: MENTEE, MENTOR или CURATOR") String role,
        @NotBlank(message = "укажите категорию")
        @Pattern(regexp = "PUPIL|YOUNG_TEACHER|NEW_TEACHER|TEACHER|GRADUATE|COLLEGE_STUDENT|PARTNER_EMPLOYEE",
                message = "неизвестная категория") String category,
        @NotBlank(message = "укажите фамилию, имя и отчество") @Size(max = 300, message = "не длиннее 300 символов") String fullName,
        @NotNull(message = "укажите дату рождения") @Past(message = "дата рождения должна быть в прошлом") LocalDate birthDate,
        @Size(max = 300, message = "не длиннее 300 символов") String contacts,
        @Min(value = 1, message = "класс от 1 до 11") @Max(value = 11, message = "класс от 1 до 11") Integer grade,
        @Min(value = 0, message = "стаж не может быть отрицательным") @Max(value = 60, message = "стаж не больше 60 лет") Integer experienceYears,
        @NotNull(message = "без согласия данные не сохраняются") @Valid ConsentRequest consent,
        @Size(max = 64, message = "не длиннее 64 символов") String partnerId) {

    /**
     * @param signedBy   PERSON or GUARDIAN (a parent signs for a minor)
     * @param signerName the guardian's name; required for a minor
     * @param scopes     PROCESSING (required), PHOTO_AND_VIDEO, PUBLICATION
     */
    public record ConsentRequest(
            @NotBlank(message = "укажите, кто подписал согласие")
            @Pattern(regexp = "PERSON|GUARDIAN", message = "PERSON или GUARDIAN") String signedBy,
            @Size(max = 300, message = "не длиннее 300 символов") String signerName,
            @NotNull(message = "укажите дату согласия") LocalDate signedOn,
            @NotNull(message = "укажите, на что дано согласие") Set<@Pattern(regexp = "PROCESSING|PHOTO_AND_VIDEO|PUBLICATION",
                    message = "неизвестная цель согласия") String> scopes) {
    }
}
