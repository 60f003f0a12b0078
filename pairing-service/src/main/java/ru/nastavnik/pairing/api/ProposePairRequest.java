package ru.nastavnik.pairing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ru.nastavnik.pairing.command.MentoringForm;

public record ProposePairRequest(
        @NotBlank(message = "укажите код наставника") @Size(max = 64, message = "не длиннее 64 символов") String mentorId,
        @NotBlank(message = "укажите код наставляемого") @Size(max = 64, message = "не длиннее 64 символов") String menteeId,
        @NotNull(message = "укажите форму наставничества: STUDENT_STUDENT, TEACHER_TEACHER, UNIVERSITY_STUDENT_PUPIL или EMPLOYER_PUPIL")
        MentoringForm form) {
}
