package ru.nastavnik.registry.command;

import java.util.List;

public record MenteeRequestsRecorded(String participantId, String schoolId, String municipalityId,
                                     List<MenteeRequest> requests, String sealedNote) {
}
