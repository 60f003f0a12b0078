package ru.nastavnik.registry.command;

import java.time.LocalDate;

public record MentorTrainingRecorded(String participantId, String schoolId, String municipalityId,
                                     String trainingId, String course, int hours, String sealedCertificateNumber,
                                     LocalDate certificateDate) {
}
