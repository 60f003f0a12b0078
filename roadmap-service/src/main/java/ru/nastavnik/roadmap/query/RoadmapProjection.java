package ru.nastavnik.roadmap.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import ru.nastavnik.roadmap.command.RoadmapActionAnchored;
import ru.nastavnik.roadmap.command.RoadmapActionChanged;
import ru.nastavnik.roadmap.command.RoadmapActionRemoved;
import ru.nastavnik.roadmap.command.RoadmapAdopted;
import ru.nastavnik.roadmap.command.RoadmapAgreed;
import ru.nastavnik.roadmap.command.RoadmapClosed;
import ru.nastavnik.roadmap.command.RoadmapCreated;
import ru.nastavnik.roadmap.command.RoadmapReturned;
import ru.nastavnik.roadmap.command.RoadmapStatus;
import ru.nastavnik.roadmap.command.RoadmapSubmitted;
import ru.nastavnik.roadmap.command.RoadmapTemplateIssued;

/**
 * The roadmap tables the API reads ({@link RoadmapVersionProjection} keeps each roadmap's version). Runs in the command's transaction (a subscribing processor,
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
        roadmaps.save(new RoadmapRow(event.roadmapId(), event.kind().name(), event.schoolId(), event.municipalityId(),
                event.title(), event.schoolYear(), RoadmapStatus.DRAFT.name(), event.templateId(), version, at));
        String origin = event.previousRoadmapId() != null
                ? "Продолжение дорожной карты прошлого года: незавершённые и ежегодные мероприятия перенесены"
                : event.templateId() != null
                ? "Создана по шаблону управления образования: мероприятия шаблона перенесены, сроки прочитаны заново"
                : "";
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.CREATED, origin));
    }

    @EventHandler
    void on(RoadmapActionAdded event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_ADDED,
                event.number() + " " + event.title()));
        actions.save(new RoadmapActionRow(event.actionId(), event.roadmapId(), event.section(), event.number(),
                event.title(), event.deadline(), event.deadlineKind(), event.dueDates(), event.deadlineWarnings(),
                event.responsible(), event.result(), event.actionCount()));
        roadmaps.findById(event.roadmapId()).ifPresent(row -> row.actionCount(event.actionCount()));
    }

    @EventHandler
    void on(RoadmapActionChanged event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        actions.findById(event.actionId()).ifPresent(row -> row.changed(event.section(), event.number(), event.title(),
                event.deadline(), event.deadlineKind(), event.dueDates(), event.deadlineWarnings(), event.responsible(),
                event.result()));
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_CHANGED,
                event.number() + " " + event.title()));
    }

    @EventHandler
    void on(RoadmapActionAnchored event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        actions.findById(event.actionId()).ifPresent(row -> {
            row.anchored(event.anchorActionId(), event.relativeDays(), event.suggested());
            history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ANCHORED,
                    row.number() + " — через " + event.relativeDays() + " дн. после выполнения " + event.anchorNumber()
                            + (event.suggested() ? " (платформа нашла по тексту срока)" : "")));
        });
    }

    @EventHandler
    void on(RoadmapActionRemoved event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        actions.deleteById(event.actionId());
        actions.findByAnchorActionId(event.actionId()).forEach(dependent -> dependent.anchored(null, null, false));
        roadmaps.findById(event.roadmapId()).ifPresent(row -> row.actionCount(event.actionCount()));
        history.save(new RoadmapHistoryRow(event.roadmapId(), at, actor, role, HistoryStep.ACTION_REMOVED,
                event.number()));
    }

    @EventHandler
    void on(RoadmapSubmitted event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.SUBMITTED, at, actor, role, HistoryStep.SUBMITTED, "");
    }

    @EventHandler
    void on(RoadmapReturned event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.RETURNED, at, actor, role, HistoryStep.RETURNED, event.comment());
    }

    @EventHandler
    void on(RoadmapAgreed event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.AGREED, at, actor, role, HistoryStep.AGREED, event.comment());
    }

    @EventHandler
    void on(RoadmapAdopted event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        approvedByOrder(event.roadmapId(), event.orderNumber(), event.orderDate(), RoadmapStatus.IN_EXECUTION, at,
                actor, role, HistoryStep.ADOPTED);
    }

    @EventHandler
    void on(RoadmapTemplateIssued event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        approvedByOrder(event.roadmapId(), event.orderNumber(), event.orderDate(), RoadmapStatus.ISSUED, at, actor,
                role, HistoryStep.ISSUED);
    }

    private void approvedByOrder(String roadmapId, String orderNumber, java.time.LocalDate orderDate,
                                 RoadmapStatus status, Instant at, String actor, String role, HistoryStep step) {
        roadmaps.findById(roadmapId).ifPresent(row -> row.adopted(orderNumber, orderDate));
        step(roadmapId, status, at, actor, role, step, "Приказ № " + orderNumber + " от "
                + orderDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @EventHandler
    void on(RoadmapClosed event, @Timestamp Instant at,
            @MetaDataValue(ActorMetadata.ACTOR_NAME) String actor, @MetaDataValue(ActorMetadata.ACTOR_ROLE) String role) {
        step(event.roadmapId(), RoadmapStatus.CLOSED, at, actor, role, HistoryStep.CLOSED, "");
    }

    private void step(String roadmapId, RoadmapStatus status, Instant at, String actor, String role,
                      HistoryStep step, String comment) {
        roadmaps.findById(roadmapId).ifPresent(row -> row.status(status.name()));
        history.save(new RoadmapHistoryRow(roadmapId, at, actor, role, step, comment));
    }

    @QueryHandler
    Optional<RoadmapDetails> handle(FindRoadmapQuery query) {
        List<RoadmapActionRow> rows = actions.findByRoadmapIdOrderByPosition(query.roadmapId());
        Map<String, String> numbers = rows.stream().collect(Collectors.toMap(RoadmapActionRow::id, RoadmapActionRow::number));
        return roadmaps.findById(query.roadmapId()).map(row -> new RoadmapDetails(row.toSummary(),
                rows.stream().map(action -> action.toAction(numbers)).toList(),
                history.findByRoadmapIdOrderById(query.roadmapId()).stream().map(RoadmapHistoryRow::toEntry).toList(),
                occurrences.ofRoadmap(query.roadmapId())));
    }

    @QueryHandler
    List<RoadmapSummary> handle(FindRoadmapsQuery query) {
        List<RoadmapRow> rows;
        if (query.schoolId() != null) {
            rows = roadmaps.findBySchoolIdOrderByUpdatedAtDesc(query.schoolId());
        } else if (query.status() != null) {
            rows = roadmaps.findByMunicipalityIdAndStatusOrderByUpdatedAtAsc(query.municipalityId(), query.status());
        } else {
            rows = roadmaps.findByMunicipalityIdOrderBySchoolIdAscUpdatedAtDesc(query.municipalityId());
        }
        return rows.stream().map(RoadmapRow::toSummary)
                .filter(summary -> query.status() == null || query.status().equals(summary.status()))
                .filter(summary -> query.kind() == null || query.kind().equals(summary.kind()))
                .toList();
    }
}
