package ru.nastavnik.platform.messaging;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import ru.nastavnik.contracts.EventCatalog;
import ru.nastavnik.contracts.IntegrationEvent;

/**
 * Publishes integration events as CloudEvents 1.0 (binary mode) and waits for the broker's
 * acknowledgement. Called from an Axon streaming processor: the event store is the outbox, and a
 * failure here stops the processor until the send succeeds (at-least-once).
 */
public class IntegrationEventPublisher {

    /** The processing group of every service's domain-to-integration translator. */
    public static final String PROCESSING_GROUP = "kafka-publisher";
    public static final String SCHOOL_EXTENSION = "schoolid";
    public static final String MUNICIPALITY_EXTENSION = "municipalityid";

    private final KafkaTemplate<String, CloudEvent> kafkaTemplate;
    private final ObjectMapper objectMapper;
    private final URI source;

    public IntegrationEventPublisher(KafkaTemplate<String, CloudEvent> kafkaTemplate, ObjectMapper objectMapper,
                                     String serviceName) {
        this.kafkaTemplate = kafkaTemplate;
        this.objectMapper = objectMapper;
        this.source = URI.create("/nastavnik/" + serviceName);
    }

    /**
     * @param eventId the id of the domain event this one translates: redeliveries keep the same id,
     *                which is what consumers deduplicate on
     */
    public void publish(String topic, IntegrationEvent event, String eventId, Instant occurredAt) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(eventId)
                .withType(EventCatalog.typeOf(event.getClass()))
                .withSource(source)
                .withSubject(event.aggregateId())
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(serialize(event));
        if (event.schoolId() != null) {
            builder.withExtension(SCHOOL_EXTENSION, event.schoolId());
        }
        if (event.municipalityId() != null) {
            builder.withExtension(MUNICIPALITY_EXTENSION, event.municipalityId());
        }
        try {
            kafkaTemplate.send(new ProducerRecord<>(topic, event.aggregateId(), builder.build()))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + eventId, interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("Kafka did not acknowledge event " + eventId + " on " + topic, failure);
        }
    }

    private byte[] serialize(IntegrationEvent event) {
        try {
            return objectMapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + event.getClass().getSimpleName(), e);
        }
    }
}
