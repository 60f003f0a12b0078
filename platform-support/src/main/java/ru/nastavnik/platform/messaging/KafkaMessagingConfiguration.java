package ru.nastavnik.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import ru.nastavnik.contracts.Topics;

/**
 * Kafka for every service: an idempotent producer with acks=all that writes CloudEvents, consumers
 * that read them, and a dead-letter topic for records that cannot be processed.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration.class)
public class KafkaMessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaMessagingConfiguration.class);
    private static final List<String> TOPICS = List.of(Topics.ROADMAP_EVENTS, Topics.REGISTRY_EVENTS,
            Topics.PAIRING_EVENTS);

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties properties) {
        Map<String, Object> config = producerConfig(properties);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /** Forwards records whose value could not even be deserialized, as the raw bytes they were. */
    @Bean
    KafkaTemplate<String, byte[]> rawBytesKafkaTemplate(KafkaProperties properties) {
        Map<String, Object> config = producerConfig(properties);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    private static Map<String, Object> producerConfig(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties(null));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    @Bean
    ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildConsumerProperties(null));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new DefaultKafkaConsumerFactory<>(config);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> kafkaListenerContainerFactory(
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory, DefaultErrorHandler deadLetterErrorHandler) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, CloudEvent>();
        factory.setConsumerFactory(cloudEventConsumerFactory);
        factory.setCommonErrorHandler(deadLetterErrorHandler);
        return factory;
    }

    /**
     * Three quick retries for a passing fault (the database restarting), then the dead-letter topic
     * with one log line that says where the record was and why it failed. Unreadable records skip
     * the retries.
     */
    @Bean
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                               KafkaTemplate<String, byte[]> rawBytesKafkaTemplate) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new java.util.LinkedHashMap<>();
        templates.put(CloudEvent.class, cloudEventKafkaTemplate);
        templates.put(byte[].class, rawBytesKafkaTemplate);
        DeadLetterPublishingRecoverer toDeadLetters = new DeadLetterPublishingRecoverer(templates,
                (record, failure) -> new org.apache.kafka.common.TopicPartition(
                        Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            log.error("Dead-lettered record {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), Topics.deadLetterOf(record.topic()), rootMessage(failure));
            toDeadLetters.accept(record, failure);
        }, new FixedBackOff(500L, 3));
        handler.addNotRetryableExceptions(IntegrationEventReader.UnreadableEventException.class);
        return handler;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The integration topics keep every event for good (no events carry personal data): a consumer added later, or
     * a read model rebuilt, reads the whole history — the school directory of roadmap-service learns schools that
     * registered years ago. Dead letters keep Kafka's default week.
     */
    @Bean
    KafkaAdmin.NewTopics integrationTopics(@Value("${nastavnik.kafka.partitions:3}") int partitions) {
        return new KafkaAdmin.NewTopics(TOPICS.stream()
                .flatMap(topic -> java.util.stream.Stream.of(
                        TopicBuilder.name(topic).partitions(partitions).replicas(1)
                                .config(org.apache.kafka.common.config.TopicConfig.RETENTION_MS_CONFIG, "-1").build(),
                        TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(partitions).replicas(1).build()))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                                        ObjectMapper objectMapper,
                                                        @Value("${spring.application.name}") String serviceName) {
        return new IntegrationEventPublisher(cloudEventKafkaTemplate, objectMapper, serviceName);
    }

    @Bean
    IntegrationEventReader integrationEventReader(ObjectMapper objectMapper) {
        return new IntegrationEventReader(objectMapper);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbcTemplate) {
        return new ProcessedEvents(jdbcTemplate);
    }
}
