package ru.nastavnik.roadmap.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.roadmap.command.OccurrenceCancelled;
import ru.nastavnik.roadmap.command.OccurrenceCompleted;
import ru.nastavnik.roadmap.command.OccurrenceOverdue;
import ru.nastavnik.roadmap.command.RoadmapActionAdded;
import ru.nastavnik.roadmap.command.RoadmapActionRemoved;
import ru.nastavnik.roadmap.command.RoadmapAdopted;
import ru.nastavnik.roadmap.command.RoadmapAgreed;
import ru.nastavnik.roadmap.command.RoadmapClosed;
import ru.nastavnik.roadmap.command.RoadmapCreated;
import ru.nastavnik.roadmap.command.RoadmapReturned;
import ru.nastavnik.roadmap.command.RoadmapSubmitted;

/**
 * Translates roadmap domain events into the published language and sends them to Kafka. A pooled
 * streaming processor reads the event store, so the store is the outbox.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class RoadmapEventPublisher {

    private final IntegrationEventPublisher publisher;

    RoadmapEventPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(RoadmapCreated event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapCreated(event.roadmapId(),
                event.schoolId(), event.municipalityId(), event.title(), event.schoolYear()), eventId, at);
    }

    @EventHandler
    void on(RoadmapActionAdded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapActionAdded(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionId(), event.section(),
                event.number(), event.actionCount()), eventId, at);
    }

    @EventHandler
    void on(RoadmapSubmitted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapSubmitted(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionCount()), eventId, at);
    }

    @EventHandler
    void on(RoadmapAgreed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapAgreed(event.roadmapId(),
                event.schoolId(), event.municipalityId()), eventId, at);
    }

    /** The department's comment stays here: it is a document's text, not a fact others count. */
    @EventHandler
    void on(RoadmapReturned event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapReturned(event.roadmapId(),
                event.schoolId(), event.municipalityId()), eventId, at);
    }

    @EventHandler
    void on(RoadmapAdopted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapAdopted(event.roadmapId(),
                event.schoolId(), event.municipalityId(), event.orderDate()), eventId, at);
    }

    @EventHandler
    void on(RoadmapClosed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapClosed(event.roadmapId(),
                event.schoolId(), event.municipalityId()), eventId, at);
    }

    /** The evidence stays here; others need only whether it was on time. */
    @EventHandler
    void on(OccurrenceCompleted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionId(), event.dueDate(),
                event.onTime()), eventId, at);
    }

    @EventHandler
    void on(OccurrenceOverdue event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionId(), event.dueDate()),
                eventId, at);
    }

    @EventHandler
    void on(OccurrenceCancelled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionId(), event.dueDate()),
                eventId, at);
    }

    @EventHandler
    void on(RoadmapActionRemoved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publishSchoolFact(event.schoolId(), new ru.nastavnik.contracts.roadmap.RoadmapActionRemoved(
                event.roadmapId(), event.schoolId(), event.municipalityId(), event.actionId(), event.actionCount()),
                eventId, at);
    }

    /**
     * Only school roadmaps feed the indicators: the department's own plan and its templates belong to no school,
     * and the topic carries school facts.
     */
    private void publishSchoolFact(String schoolId, IntegrationEvent event, String eventId, Instant at) {
        if (schoolId != null) {
            publisher.publish(Topics.ROADMAP_EVENTS, event, eventId, at);
        }
    }
}
