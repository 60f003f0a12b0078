package ru.nastavnik.monitoring.facts;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * Feeds the dated facts from every service's topic. Its own consumer group, so it reads the whole history
 * independently of the roadmap summary's consumer (and can be rebuilt alone). At-least-once delivery: the event id
 * is marked in the same transaction as the facts, so a redelivery changes nothing. Logs nothing of the payload.
 */
@Component
class DatedFactsConsumer {

    static final String CONSUMER = "monitoring-dated-facts";

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final DatedFacts facts;
    private final Clock clock;

    DatedFactsConsumer(IntegrationEventReader reader, ProcessedEvents processed, DatedFacts facts, Clock clock) {
        this.reader = reader;
        this.processed = processed;
        this.facts = facts;
        this.clock = clock;
    }

    @KafkaListener(id = CONSUMER, groupId = "${nastavnik.monitoring.dated-facts-group:monitoring-dated-facts}",
            topics = {Topics.ROADMAP_EVENTS, Topics.REGISTRY_EVENTS, Topics.PAIRING_EVENTS})
    @Transactional
    void consume(CloudEvent cloudEvent) {
        ReceivedEvent event = reader.read(cloudEvent);
        if (!processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        LocalDate happenedOn = cloudEvent.getTime() == null ? LocalDate.now(clock)
                : cloudEvent.getTime().atZoneSameInstant(clock.getZone()).toLocalDate();
        facts.apply(event.payload(), happenedOn);
    }
}
