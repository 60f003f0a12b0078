package ru.nastavnik.roadmap.integration;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;
import ru.nastavnik.roadmap.query.SchoolDirectory;

/**
 * Keeps the school directory from the registry's announcements; the registry's other events are not this service's
 * business. At-least-once delivery: the event id is marked in the same transaction as the directory's row.
 */
@Component
class SchoolDirectoryConsumer {

    static final String CONSUMER = "roadmap-school-directory";

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final SchoolDirectory directory;

    SchoolDirectoryConsumer(IntegrationEventReader reader, ProcessedEvents processed, SchoolDirectory directory) {
        this.reader = reader;
        this.processed = processed;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.REGISTRY_EVENTS)
    @Transactional
    void consume(CloudEvent cloudEvent) {
        ReceivedEvent event = reader.read(cloudEvent);
        if (event.payload() instanceof SchoolRegistered school && processed.markFirstDelivery(CONSUMER, event.id())) {
            directory.register(school.schoolId(), school.municipalityId(), school.name());
        }
    }
}
