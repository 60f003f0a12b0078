package ru.nastavnik.monitoring.integration;

import java.util.List;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapActionAdded;
import ru.nastavnik.contracts.roadmap.RoadmapActionRemoved;
import ru.nastavnik.contracts.roadmap.RoadmapAdopted;
import ru.nastavnik.contracts.roadmap.RoadmapAgreed;
import ru.nastavnik.contracts.roadmap.RoadmapClosed;
import ru.nastavnik.contracts.roadmap.RoadmapCreated;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;
import ru.nastavnik.contracts.roadmap.RoadmapReturned;
import ru.nastavnik.contracts.roadmap.RoadmapSubmitted;
import ru.nastavnik.monitoring.query.SchoolFacts;
import ru.nastavnik.monitoring.rebuild.TopicFedReadModel;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ProcessedEvents;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * Translates every service's integration events into monitoring's per-school facts. At-least-once
 * delivery: the event id is marked in the same transaction as the facts, so a redelivery changes nothing. A rebuild
 * applies the topics' history through the same {@link #apply}.
 */
@Component
class SchoolFactsConsumer implements TopicFedReadModel {

    static final String CONSUMER = "monitoring-school-facts";
    private static final List<String> TABLES = List.of("school_fact", "headcount_fact", "roadmap_fact", "pair_fact",
            "occurrence_fact");

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final SchoolFacts facts;

    SchoolFactsConsumer(IntegrationEventReader reader, ProcessedEvents processed, SchoolFacts facts) {
        this.reader = reader;
        this.processed = processed;
        this.facts = facts;
    }

    // the id names the container for a rebuild; the group stays the service's own (idIsGroup false), so the offsets
    // it has committed since it was first deployed keep counting
    @KafkaListener(id = CONSUMER, idIsGroup = false,
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
        apply(event.payload());
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

    private void apply(IntegrationEvent payload) {
        switch (payload) {
            case SchoolRegistered school -> facts.schoolRegistered(school.schoolId(), school.municipalityId(),
                    school.regionId(), school.name());
            case SchoolHeadcountReported headcount -> facts.headcountReported(headcount.schoolId(),
                    headcount.municipalityId(), headcount.quarter(), headcount.pupilsAged10To14(),
                    headcount.pupilsAged15To18(), headcount.teachersWithUpTo3Years(), headcount.teachersWithOver3Years());
            case RoadmapCreated roadmap -> facts.roadmapStatus(roadmap.roadmapId(), roadmap.schoolId(),
                    roadmap.municipalityId(), "DRAFT", 0);
            case RoadmapActionAdded action -> facts.roadmapActions(action.roadmapId(), action.actionCount());
            case RoadmapActionRemoved removed -> facts.roadmapActions(removed.roadmapId(), removed.actionCount());
            case RoadmapSubmitted submitted -> facts.roadmapStatus(submitted.roadmapId(), submitted.schoolId(),
                    submitted.municipalityId(), "SUBMITTED", submitted.actionCount());
            case RoadmapReturned returned -> facts.roadmapStatus(returned.roadmapId(), returned.schoolId(),
                    returned.municipalityId(), "RETURNED", 0);
            case RoadmapAgreed agreed -> facts.roadmapStatus(agreed.roadmapId(), agreed.schoolId(),
                    agreed.municipalityId(), "AGREED", 0);
            case RoadmapAdopted adopted -> facts.roadmapStatus(adopted.roadmapId(), adopted.schoolId(),
                    adopted.municipalityId(), "IN_EXECUTION", 0);
            case RoadmapClosed closed -> facts.roadmapStatus(closed.roadmapId(), closed.schoolId(),
                    closed.municipalityId(), "CLOSED", 0);
            case RoadmapOccurrenceCompleted done -> facts.occurrence(done.roadmapId(), done.schoolId(),
                    done.municipalityId(), done.actionId(), done.dueDate(), done.onTime() ? "DONE" : "DONE_LATE");
            case RoadmapOccurrenceOverdue overdue -> facts.occurrence(overdue.roadmapId(), overdue.schoolId(),
                    overdue.municipalityId(), overdue.actionId(), overdue.dueDate(), "OVERDUE");
            case RoadmapOccurrenceCancelled cancelled -> facts.occurrence(cancelled.roadmapId(), cancelled.schoolId(),
                    cancelled.municipalityId(), cancelled.actionId(), cancelled.dueDate(), "CANCELLED");
            case PairFixed pair -> facts.pairProposed(pair.pairId(), pair.schoolId(), pair.municipalityId(),
                    pair.form());
            default -> {
                // an event monitoring has no indicator for yet: marked processed, nothing to count
            }
        }
    }
}
