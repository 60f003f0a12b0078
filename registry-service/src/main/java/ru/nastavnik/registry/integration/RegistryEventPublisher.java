package ru.nastavnik.registry.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.registry.command.ConsentWithdrawn;
import ru.nastavnik.registry.command.HeadcountReported;
import ru.nastavnik.registry.command.MenteeRequestsRecorded;
import ru.nastavnik.registry.command.MentorDescribed;
import ru.nastavnik.registry.command.MentorSelectionRecorded;
import ru.nastavnik.registry.command.MentorTrainingRecorded;
import ru.nastavnik.registry.command.ParticipantEnrolled;
import ru.nastavnik.registry.command.PartnerAgreementSigned;
import ru.nastavnik.registry.command.SchoolMoved;
import ru.nastavnik.registry.command.SchoolRegistered;

/** Publishes the registry's facts on Kafka; the event store is the outbox. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class RegistryEventPublisher {

    private final IntegrationEventPublisher publisher;

    RegistryEventPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(SchoolRegistered event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.SchoolRegistered(
                event.schoolId(), event.municipalityId(), event.regionId(), event.name(), event.kind().name()),
                eventId, at);
    }

    /** The move with its date: monitoring keeps the school's history with the previous municipality up to it. */
    @EventHandler
    void on(SchoolMoved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.SchoolMoved(event.schoolId(),
                event.municipalityId(), event.regionId(), event.previousMunicipalityId(), event.previousRegionId(),
                event.movedOn()), eventId, at);
    }

    /** The agreement's term only: its number and subject stay in the registry. */
    @EventHandler
    void on(PartnerAgreementSigned event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.PartnerAgreementSigned(
                event.partnerId(), event.schoolId(), event.municipalityId(), event.agreementId(), event.signedOn(),
                event.validUntil()), eventId, at);
    }

    @EventHandler
    void on(HeadcountReported event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new SchoolHeadcountReported(event.schoolId(),
                event.municipalityId(), event.quarter(), event.pupilsAged10To14(), event.pupilsAged15To18(),
                event.teachersWithUpTo3Years(), event.teachersWithOver3Years(), event.pupilsByGrade()), eventId, at);
    }

    /** Role, category and bands only: the sealed personal fields stay in the registry. */
    @EventHandler
    void on(ParticipantEnrolled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.ParticipantEnrolled(
                event.participantId(), event.schoolId(), event.municipalityId(), event.role().name(),
                event.category().name(), event.ageBand(), event.experienceBand(), event.grade(), event.partnerId()),
                eventId, at);
    }

    /** Codes only: the mentor's own words stay here. Forms recorded as titles before the codes are translated. */
    @EventHandler
    void on(MentorDescribed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.MentorDescribed(
                event.participantId(), event.schoolId(), event.municipalityId(),
                event.competencyCodesOrNone().stream().map(Enum::name).toList(),
                event.preferredForms().stream().flatMap(form -> MentoringForm.of(form).stream()).map(Enum::name)
                        .toList(), event.capacity()), eventId, at);
    }

    @EventHandler
    void on(MentorSelectionRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.MentorSelectionRecorded(
                event.participantId(), event.schoolId(), event.municipalityId(), event.selection().name()), eventId, at);
    }

    @EventHandler
    void on(MentorTrainingRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.MentorTrainingRecorded(
                event.participantId(), event.schoolId(), event.municipalityId(), event.trainingId(), event.hours(),
                event.certificateDate()), eventId, at);
    }

    /** The codes of the requests; the mentee's own words (sealed) stay here. */
    @EventHandler
    void on(MenteeRequestsRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.MenteeRequestsRecorded(
                event.participantId(), event.schoolId(), event.municipalityId(),
                event.requests().stream().map(Enum::name).toList()), eventId, at);
    }

    @EventHandler
    void on(ConsentWithdrawn event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        publisher.publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn(
                event.participantId(), event.schoolId(), event.municipalityId()), eventId, at);
    }
}
