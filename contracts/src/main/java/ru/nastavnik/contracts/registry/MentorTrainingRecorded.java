package ru.nastavnik.contracts.registry;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/** A mentor completed a course (КПК, seminar); the certificate's number stays in the registry. */
public record MentorTrainingRecorded(String participantId, String schoolId, String municipalityId, String trainingId,
                                     int hours, LocalDate completedOn) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
