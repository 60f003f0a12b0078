package ru.nastavnik.pairing.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.pairing.command.PairProposed;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;

/** Publishes pairing facts on Kafka; the event store is the outbox. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class PairingEventPublisher {

    private final IntegrationEventPublisher publisher;

    PairingEventPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(PairProposed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new ru.nastavnik.contracts.pairing.PairProposed(event.pairId(),
                event.schoolId(), event.municipalityId(), event.mentorId(), event.menteeId(),
                event.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), eventId, at);
    }
}
