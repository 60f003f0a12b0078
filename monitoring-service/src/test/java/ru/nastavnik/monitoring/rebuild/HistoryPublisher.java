package ru.nastavnik.monitoring.rebuild;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ru.nastavnik.contracts.EventCatalog;
import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.TestInfrastructure;

/**
 * Publishes many integration events fast, shaped exactly as {@link IntegrationEventPublisher} shapes them (same
 * attributes, extensions, key and JSON), but without waiting for each acknowledgement: histories of tens of thousands
 * of events go out in seconds. Each event goes to its service's topic, found by its package.
 */
final class HistoryPublisher implements AutoCloseable {

    static final ZoneId MUNICIPAL_ZONE = ZoneId.of("Europe/Moscow");

    private final KafkaProducer<String, CloudEvent> producer;
    private final ObjectMapper json;

    HistoryPublisher(ObjectMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5));
    }

    static String topicOf(IntegrationEvent event) {
        String area = event.getClass().getPackageName();
        if (area.endsWith(".registry")) {
            return Topics.REGISTRY_EVENTS;
        }
        if (area.endsWith(".pairing")) {
            return Topics.PAIRING_EVENTS;
        }
        return Topics.ROADMAP_EVENTS;
    }

    /** Sends without waiting; returns the event's id. The event happened at noon of the day, municipal time. */
    String publish(IntegrationEvent event, LocalDate happenedOn) {
        return publish(event, happenedOn.atTime(12, 0).atZone(MUNICIPAL_ZONE).toInstant());
    }

    String publish(IntegrationEvent event, Instant occurredAt) {
        String id = UUID.randomUUID().toString();
        producer.send(record(event, id, occurredAt));
        return id;
    }

    /** Sends and waits for the broker's acknowledgement, as a service's publisher does. */
    String publishAndWait(IntegrationEvent event, Instant occurredAt) {
        String id = UUID.randomUUID().toString();
        try {
            producer.send(record(event, id, occurredAt)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge " + id, e);
        }
        return id;
    }

    ProducerRecord<String, CloudEvent> record(IntegrationEvent event, String id, Instant occurredAt) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withType(EventCatalog.typeOf(event.getClass()))
                .withSource(URI.create("/nastavnik/tests"))
                .withSubject(event.aggregateId())
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(bytes(event));
        if (event.schoolId() != null) {
            builder.withExtension(IntegrationEventPublisher.SCHOOL_EXTENSION, event.schoolId());
        }
        if (event.municipalityId() != null) {
            builder.withExtension(IntegrationEventPublisher.MUNICIPALITY_EXTENSION, event.municipalityId());
        }
        return new ProducerRecord<>(topicOf(event), event.aggregateId(), builder.build());
    }

    private byte[] bytes(IntegrationEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
