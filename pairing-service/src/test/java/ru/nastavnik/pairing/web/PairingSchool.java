package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.MenteeRequestsRecorded;
import ru.nastavnik.contracts.registry.MentorDescribed;
import ru.nastavnik.contracts.registry.MentorSelectionRecorded;
import ru.nastavnik.contracts.registry.MentorTrainingRecorded;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.TestTokens;

/** A school's bases as the registry announces them on Kafka, for pairing's tests. */
final class PairingSchool {

    final String schoolId;
    final String municipalityId;
    final String curator;
    final String head;
    private int menteesWithRequests;

    PairingSchool(String schoolId, String municipalityId) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.curator = TestTokens.curator(schoolId, municipalityId);
        this.head = TestTokens.head(schoolId, municipalityId);
    }

    String pupilMentee(int grade, String... requests) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled(id, schoolId, municipalityId, "MENTEE",
                "PUPIL", grade < 5 ? "under-10" : grade < 9 ? "10-14" : "15-18", null, grade, null));
        if (requests.length > 0) {
            KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new MenteeRequestsRecorded(id, schoolId, municipalityId,
                    List.of(requests)));
            menteesWithRequests++;
        }
        return id;
    }

    String youngTeacher(String... requests) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled(id, schoolId, municipalityId, "MENTEE",
                "YOUNG_TEACHER", "adult", "0-3", null, null));
        if (requests.length > 0) {
            KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new MenteeRequestsRecorded(id, schoolId, municipalityId,
                    List.of(requests)));
            menteesWithRequests++;
        }
        return id;
    }

    String pupilMentor(int grade, int capacity, List<String> competencies) {
        return mentor("PUPIL", grade, null, capacity, competencies, List.of("PUPIL_PUPIL"), true);
    }

    String mentor(String category, Integer grade, String experience, int capacity, List<String> competencies,
                  List<String> forms, boolean trained) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled(id, schoolId, municipalityId, "MENTOR",
                category, grade == null ? "adult" : "15-18", experience, grade, null));
        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new MentorDescribed(id, schoolId, municipalityId, competencies,
                forms, capacity));
        if (trained) {
            KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new MentorTrainingRecorded(id, schoolId, municipalityId,
                    UUID.randomUUID().toString(), 36, java.time.LocalDate.of(2026, 6, 1)));
        }
        // the last of the mentor's events: once it shows, the earlier ones (same key, same partition) are in too
        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new MentorSelectionRecorded(id, schoolId, municipalityId,
                "SELECTED"));
        return id;
    }

    /** Waits until pairing's directory knows this many mentors and mentees of the school, each described in full. */
    void awaitDirectory(Api api, int mentors, int mentees) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var knownMentors = api.get("/api/pairing/candidates?role=MENTOR", curator).json();
            var knownMentees = api.get("/api/pairing/candidates?role=MENTEE", curator).json();
            long selected = 0;
            for (var mentor : knownMentors) {
                selected += "SELECTED".equals(mentor.path("selection").asText()) ? 1 : 0;
            }
            long withRequests = 0;
            for (var mentee : knownMentees) {
                withRequests += mentee.path("requests").isEmpty() ? 0 : 1;
            }
            if (selected == mentors && knownMentees.size() == mentees && withRequests == menteesWithRequests) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(api.get("/api/pairing/candidates?role=MENTEE", curator).json().size()).as("mentees known")
                .isEqualTo(mentees);
    }
}
