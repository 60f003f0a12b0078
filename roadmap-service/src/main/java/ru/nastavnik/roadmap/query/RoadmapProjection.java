package ru.nastavnik.roadmap.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.RoadmapDetails;
import ru.nastavnik.roadmap.api.RoadmapSummary;
import ru.nastavnik.platform.axon.ActorMetadata;
import ru.nastavnik.roadmap.command.RoadmapActionAdded;
import ru.nastavnik.roadmap.command.RoadmapActionChanged;
import ru.nastavnik.roadmap.command.RoadmapActionRemoved;
import ru.nastavnik.roadmap.command.RoadmapAdopted;
import ru.nastavnik.roadmap.command.RoadmapAgreed;
import ru.nastavnik.roadmap.command.RoadmapClosed;
import ru.nastavnik.roadmap.command.RoadmapCreated;
import ru.nastavnik.roadmap.command.RoadmapReturned;
import ru.nastavnik.roadmap.command.RoadmapStatus;
import ru.nastavnik.roadmap.command.RoadmapSubmitted;

/**
 * The roadmap tables the API reads. Runs in the command's transaction (a subscribing processor,
 * see application.yml), so a user reads back what they have just written.
 */
@Component
@ProcessingGroup("roadmap-projection")
class RoadmapProjection {

    private final RoadmapRows roadmaps;
    private final RoadmapActionRows actions;
    private final RoadmapHistoryRows history;
    private final OccurrenceProjection occurrences;

    RoadmapProjection(RoadmapRows roadmaps, RoadmapActionRows actions, RoadmapHistoryRows history,
                      OccurrenceProjection occurrences) {
        this.roadmaps = roadmaps;
        this.actions = actions;
        this.history = history;
        this.occurrences = occurrences;
    }

    @EventHandler
    void on(RoadmapCreated event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        roadmaps.save(new RoadmapRow(event.roadmapId(), event.schoolId(), event.municipalityId(), event.title(),
                event.schoolYear(), RoadmapStatus.DRAFT.name(), version, at));
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.CREATED,
                event.previousRoadmapId() == null ? ""
                        : "Продолжение дорожной карты прошлого учебного года: незавершённые и ежегодные мероприятия перенесены"));
    }

    @EventHandler
    void on(RoadmapActionAdded event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_ADDED,
                event.number() + " " + event.title()));
        actions.save(new RoadmapActionRow(event.actionId(), event.roadmapId(), event.section(), event.number(),
                event.title(), event.deadline(), event.deadlineKind(), event.dueDates(), event.deadlineWarnings(),
                event.responsible(), event.result(), event.actionCount()));
        roadmaps.findById(event.roadmapId()).ifPresent(row -> {
            row.actionCount(event.actionCount());
            row.changed(version, at);
        });
    }

    @EventHandler
    void on(RoadmapActionChanged event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        actions.findById(event.actionId()).ifPresent(row -> row.changed(event.section(), event.number(), event.title(),
                event.deadline(), event.deadlineKind(), event.dueDates(), event.deadlineWarnings(), event.responsible(),
                event.result()));
        roadmaps.findById(event.roadmapId()).ifPresent(row -> row.changed(version, at));
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_CHANGED,
                event.number() + " " + event.title()));
    }

    @EventHandler
    void on(RoadmapActionRemoved event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        actions.deleteById(event.actionId());
        roadmaps.findById(event.roadmapId()).ifPresent(row -> {
            row.actionCount(event.actionCount());
            row.changed(version, at);
        });
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_REMOVED,
                event.number()));
    }

    @EventHandler
    void on(RoadmapSubmitted event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.SUBMITTED, version, at, actor, role, HistoryStep.SUBMITTED, "");
    }

    @EventHandler
    void on(RoadmapReturned event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.RETURNED, version, at, actor, role, HistoryStep.RETURNED, event.comment());
    }

    @EventHandler
    void on(RoadmapAgreed event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.AGREED, version, at, actor, role, HistoryStep.AGREED, event.comment());
    }

    @EventHandler
    void on(RoadmapAdopted event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        roadmaps.findById(event.roadmapId()).ifPresent(row -> row.adopted(event.orderNumber(), event.orderDate()));
        step(event.roadmapId(), RoadmapStatus.IN_EXECUTION, version, at, actor, role, HistoryStep.ADOPTED,
                "Приказ № " + event.orderNumber() + " от " + event.orderDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @EventHandler
    void on(RoadmapClosed event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.CLOSED, version, at, actor, role, HistoryStep.CLOSED, "");
    }

    private void step(String roadmapId, RoadmapStatus status, long version, Instant at, String actor, String role,
                      HistoryStep step, String comment) {
        roadmaps.findById(roadmapId).ifPresent(row -> {
            row.status(status.name());
            row.changed(version, at);
        });
        history.save(new RoadmapHistoryRow(roadmapId, at, actor, role, step, comment));
    }

    @QueryHandler
    Optional<RoadmapDetails> handle(FindRoadmapQuery query) {
        return roadmaps.findById(query.roadmapId()).map(row -> new RoadmapDetails(row.toSummary(),
                actions.findByRoadmapIdOrderByPosition(query.roadmapId()).stream()
                        .map(RoadmapActionRow::toAction).toList(),
                history.findByRoadmapIdOrderById(query.roadmapId()).stream().map(RoadmapHistoryRow::toEntry).toList(),
                occurrences.ofRoadmap(query.roadmapId())));
    }

    @QueryHandler
    List<RoadmapSummary> handle(FindRoadmapsQuery query) {
        List<RoadmapRow> rows;
        if (query.schoolId() != null) {
            rows = roadmaps.findBySchoolIdOrderByUpdatedAtDesc(query.schoolId()).stream()
                    .filter(row -> query.status() == null || query.status().equals(row.toSummary().status())).toList();
        } else if (query.status() != null) {
            rows = roadmaps.findByMunicipalityIdAndStatusOrderByUpdatedAtAsc(query.municipalityId(), query.status());
        } else {
            rows = roadmaps.findByMunicipalityIdOrderBySchoolIdAscUpdatedAtDesc(query.municipalityId());
        }
        return rows.stream().map(RoadmapRow::toSummary).toList();
    }
}
