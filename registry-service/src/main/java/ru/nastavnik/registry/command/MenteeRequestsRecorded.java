package ru.nastavnik.registry.command;

import ru.nastavnik.contracts.vocabulary.MentoringRequest;

import java.util.List;

public record MenteeRequestsRecorded(String participantId, String schoolId, String municipalityId,
                                     List<MentoringRequest> requests, String sealedNote) {
}
