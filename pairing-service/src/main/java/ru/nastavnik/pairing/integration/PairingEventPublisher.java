package ru.nastavnik.pairing.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.FeedbackGiven;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.contracts.pairing.PairStalled;
import ru.nastavnik.contracts.pairing.ProgrammeFormsChosen;
import ru.nastavnik.pairing.pairs.Events;
import ru.nastavnik.pairing.programme.FormsChosen;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;

/**
 * Publishes pairing's facts on Kafka for monitoring and the registry; the event store is the outbox. Ids, codes,
 * dates and scores only: notes, comments, plans and reflections never leave pairing.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class PairingEventPublisher {

    private final IntegrationEventPublisher publisher;

    PairingEventPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(FormsChosen event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new ProgrammeFormsChosen(event.schoolId(), event.municipalityId(),
                event.schoolYear(), event.forms().stream().map(Enum::name).toList(), event.chosenOn()), id, at);
    }

    @EventHandler
    void on(Events.PairFixedByOrder event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new PairFixed(event.pairId(), event.schoolId(), event.municipalityId(),
                event.form().name(), event.group(), event.mentorId(), event.menteeIds(), event.fixedOn()), id, at);
    }

    @EventHandler
    void on(Events.MeetingRecorded event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new MeetingHeld(event.pairId(), event.schoolId(), event.municipalityId(),
                event.meetingId(), event.kind().name(), event.heldOn(), event.format().name()), id, at);
    }

    @EventHandler
    void on(Events.FeedbackRecorded event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new FeedbackGiven(event.pairId(), event.schoolId(),
                event.municipalityId(), event.meetingId(), event.author().name(), event.participantId(), event.score(),
                event.notAGoodFit(), event.givenOn()), id, at);
    }

    @EventHandler
    void on(Events.StallRecorded event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new PairStalled(event.pairId(), event.schoolId(), event.municipalityId(),
                event.reasons().stream().map(Enum::name).toList(), event.since()), id, at);
    }

    @EventHandler
    void on(Events.PairFinished event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new PairCompleted(event.pairId(), event.schoolId(),
                event.municipalityId(), event.completedOn(), event.outcome().name(), event.mentorNominated()), id, at);
    }

    @EventHandler
    void on(Events.PairEnded event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new PairDissolved(event.pairId(), event.schoolId(),
                event.municipalityId(), event.endedOn(), event.reason().name()), id, at);
    }

    @EventHandler
    void on(Events.MenteeLeft event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(Topics.PAIRING_EVENTS, new PairMenteeLeft(event.pairId(), event.schoolId(),
                event.municipalityId(), event.menteeId(), event.leftOn(), event.reason().name()), id, at);
    }
}
