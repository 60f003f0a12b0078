package ru.nastavnik.pairing.candidates;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.MenteeRequestsRecorded;
import ru.nastavnik.contracts.registry.MentorDescribed;
import ru.nastavnik.contracts.registry.MentorSelectionRecorded;
import ru.nastavnik.contracts.registry.MentorTrainingRecorded;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * Keeps the candidate directory from the registry's events: enrolment, a mentor's profile, selection and training,
 * a mentee's requests, withdrawal of consent. Codes only arrive here. A participant's events share a Kafka key, so
 * they come in the order they happened; each is applied once (the event id is marked in the same transaction).
 */
@Component
class RegistryEventsConsumer {

    static final String CONSUMER = "pairing-candidates";

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryEventsConsumer(IntegrationEventReader reader, ProcessedEvents processed, JdbcClient jdbc,
                           ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.processed = processed;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.REGISTRY_EVENTS)
    @Transactional
    void consume(CloudEvent cloudEvent) {
        ReceivedEvent event = reader.read(cloudEvent);
        if (!processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        apply(event.payload(), cloudEvent.getTime() == null ? LocalDate.now(clock)
                : cloudEvent.getTime().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    private void apply(IntegrationEvent payload, LocalDate happenedOn) {
        switch (payload) {
            case ParticipantEnrolled enrolled -> jdbc.sql("""
                            INSERT INTO candidate (participant_id, school_id, municipality_id, role, category, age_band,
                              experience_band, grade, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (participant_id) DO NOTHING""")
                    .params(enrolled.participantId(), enrolled.schoolId(), enrolled.municipalityId(), enrolled.role(),
                            enrolled.category(), enrolled.ageBand(), enrolled.experienceBand(), enrolled.grade(),
                            enrolled.partnerId())
                    .update();
            case MentorDescribed mentor -> jdbc.sql("""
                            UPDATE candidate SET competencies = ?, preferred_forms = ?, capacity = ?
                            WHERE participant_id = ?""")
                    .params(String.join(",", mentor.competencies()), String.join(",", mentor.preferredForms()),
                            mentor.capacity(), mentor.participantId())
                    .update();
            case MentorSelectionRecorded selection -> jdbc.sql(
                            "UPDATE candidate SET selection = ? WHERE participant_id = ?")
                    .params(selection.selection(), selection.participantId()).update();
            case MentorTrainingRecorded training -> jdbc.sql("UPDATE candidate SET trained = TRUE WHERE participant_id = ?")
                    .param(training.participantId()).update();
            case MenteeRequestsRecorded requests -> jdbc.sql("UPDATE candidate SET requests = ? WHERE participant_id = ?")
                    .params(String.join(",", requests.requests()), requests.participantId()).update();
            case ParticipantConsentWithdrawn withdrawn -> {
                jdbc.sql("""
                                UPDATE candidate SET withdrawn = TRUE, competencies = '', requests = '', preferred_forms = '',
                                  grade = NULL, age_band = NULL, experience_band = NULL, partner_id = NULL
                                WHERE participant_id = ?""")
                        .param(withdrawn.participantId()).update();
                events.publishEvent(new CandidateWithdrawn(withdrawn.participantId(), withdrawn.schoolId(), happenedOn));
            }
            default -> {
                // schools and headcounts are not pairing's business
            }
        }
    }
}
