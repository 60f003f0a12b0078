package ru.nastavnik.monitoring.facts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.monitoring.rebuild.TopicFedReadModel;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * Feeds the dated facts from every service's topic. Its own consumer group, so it reads the whole history
 * independently of the roadmap summary's consumer. At-least-once delivery: the event id is marked in the same
 * transaction as the facts, so a redelivery changes nothing. Logs nothing of the payload. A rebuild applies the
 * topics' history through the same {@link #apply}. Satisfaction answers come from the questionnaires, not from the
 * topics: they are not this consumer's and a rebuild keeps them.
 */
@Component
class DatedFactsConsumer implements TopicFedReadModel {

    private static final List<String> TABLES = List.of("school_membership_fact", "headcount_report_fact",
            "participant_fact", "pair_term_fact", "pair_member_fact", "pair_stall_fact", "meeting_fact",
            "partner_agreement_fact", "due_date_fact");

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
        apply(reader.read(cloudEvent), cloudEvent);
    }

    @Override
    public void apply(ReceivedEvent event, CloudEvent envelope) {
        if (!processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        LocalDate happenedOn = envelope.getTime() == null ? LocalDate.now(clock)
                : envelope.getTime().atZoneSameInstant(clock.getZone()).toLocalDate();
        facts.apply(event.payload(), happenedOn);
    }

    @Override
    public String listenerId() {
        return CONSUMER;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }
}
