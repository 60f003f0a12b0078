package ru.nastavnik.registry.integration;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;
import ru.nastavnik.registry.query.Mentorships;

/**
 * Learns from pairing who mentors whom, so that a mentor may read the names of the mentees of their open pairs —
 * and of no one else once the pair is completed, dissolved or the mentee left.
 */
@Component
class PairingEventsConsumer {

    static final String CONSUMER = "registry-mentorships";

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final Mentorships mentorships;

    PairingEventsConsumer(IntegrationEventReader reader, ProcessedEvents processed, Mentorships mentorships) {
        this.reader = reader;
        this.processed = processed;
        this.mentorships = mentorships;
    }

    @KafkaListener(topics = Topics.PAIRING_EVENTS)
    @Transactional
    void consume(CloudEvent cloudEvent) {
        ReceivedEvent event = reader.read(cloudEvent);
        if (!processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        switch (event.payload()) {
            case PairFixed fixed -> mentorships.fixed(fixed.pairId(), fixed.mentorId(), fixed.menteeIds());
            case PairDissolved dissolved -> mentorships.ended(dissolved.pairId());
            // a finished pair's mentor no longer needs the mentees' names: the least they may read
            case PairCompleted completed -> mentorships.ended(completed.pairId());
            case PairMenteeLeft left -> mentorships.menteeLeft(left.pairId(), left.menteeId());
            default -> {
                // meetings, feedback and stalls are not the registry's business
            }
        }
    }
}
