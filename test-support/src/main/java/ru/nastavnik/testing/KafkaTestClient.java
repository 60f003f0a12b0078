package ru.nastavnik.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;

/** Reads and writes topics of the test broker directly, as another service would. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Reads the topic from the beginning until a record matches, or fails after the timeout. */
    public static List<ConsumerRecord<String, CloudEvent>> readUntil(String topic, Duration timeout,
                                                                     Predicate<List<ConsumerRecord<String, CloudEvent>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (done.test(seen)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("Nothing expected arrived on " + topic + " within " + timeout + "; seen: "
                + seen.stream().map(record -> record.value().getType() + "/" + record.key()).toList());
    }

    /** Reads the raw bytes of a topic from the beginning until a record matches. */
    public static List<ConsumerRecord<String, byte[]>> readRawUntil(String topic, Duration timeout,
                                                                    Predicate<ConsumerRecord<String, byte[]>> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (seen.stream().anyMatch(wanted)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout);
    }

    public static void send(String topic, String key, CloudEvent event) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** An integration event as a service publishes it: a CloudEvent of its catalog type, JSON data, a fresh id. */
    public static void publish(String topic, ru.nastavnik.contracts.IntegrationEvent event) {
        try {
            byte[] data = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writeValueAsBytes(event);
            send(topic, event.aggregateId(), io.cloudevents.core.builder.CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString())
                    .withType(ru.nastavnik.contracts.EventCatalog.typeOf(event.getClass()))
                    .withSource(java.net.URI.create("/nastavnik/tests"))
                    .withTime(java.time.OffsetDateTime.now())
                    .withDataContentType("application/json").withData(data).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sendRaw(String topic, String key, byte[] value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }
}
