package ru.nastavnik.roadmap.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One row of the roadmap table, as the seeds write it.
 *
 * @param anchorActionId for a relative deadline («в течение двух недель с даты …»), the action of this roadmap it
 *                       counts from; left out, the platform links the action the deadline's words name
 */
public record AddActionRequest(
        @NotBlank(message = "укажите раздел (этап)") @Size(max = 1000, message = "не длиннее 1000 символов") String section,
        @NotBlank(message = "укажите номер, например 1.1") @Size(max = 20, message = "не длиннее 20 символов") String number,
        @NotBlank(message = "укажите название мероприятия") @Size(max = 1000, message = "не длиннее 1000 символов") String title,
        @NotBlank(message = "укажите срок, например «до 15.03.2024 г.»") @Size(max = 300, message = "не длиннее 300 символов") String deadline,
        @NotBlank(message = "укажите ответственного") @Size(max = 500, message = "не длиннее 500 символов") String responsible,
        @Size(max = 1000, message = "не длиннее 1000 символов") String result,
        @Size(max = 64, message = "не длиннее 64 символов") String anchorActionId) {
}
