package ru.nastavnik.roadmap.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.RoadmapDetails;
import ru.nastavnik.roadmap.api.RoadmapSummary;
import ru.nastavnik.roadmap.command.RoadmapActionAdded;
import ru.nastavnik.roadmap.command.RoadmapCreated;
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

    RoadmapProjection(RoadmapRows roadmaps, RoadmapActionRows actions) {
        this.roadmaps = roadmaps;
        this.actions = actions;
    }

    @EventHandler
    void on(RoadmapCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        roadmaps.save(new RoadmapRow(event.roadmapId(), event.schoolId(), event.municipalityId(), event.title(),
                event.schoolYear(), RoadmapStatus.DRAFT.name(), version, at));
    }

    @EventHandler
    void on(RoadmapActionAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        actions.save(new RoadmapActionRow(event.actionId(), event.roadmapId(), event.section(), event.number(),
                event.title(), event.deadline(), event.deadlineKind(), event.dueDates(), event.deadlineWarnings(),
                event.responsible(), event.result(), event.actionCount()));
        roadmaps.findById(event.roadmapId()).ifPresent(row -> {
            row.actionCount(event.actionCount());
            row.changed(version, at);
        });
    }

    @EventHandler
    void on(RoadmapSubmitted event, @SequenceNumber long version, @Timestamp Instant at) {
        roadmaps.findById(event.roadmapId()).ifPresent(row -> {
            row.status(RoadmapStatus.SUBMITTED.name());
            row.changed(version, at);
        });
    }

    @QueryHandler
    Optional<RoadmapDetails> handle(FindRoadmapQuery query) {
        return roadmaps.findById(query.roadmapId()).map(row -> new RoadmapDetails(row.toSummary(),
                actions.findByRoadmapIdOrderByPosition(query.roadmapId()).stream()
                        .map(RoadmapActionRow::toAction).toList()));
    }

    @QueryHandler
    List<RoadmapSummary> handle(FindRoadmapsQuery query) {
        List<RoadmapRow> rows = query.schoolId() != null
                ? roadmaps.findBySchoolIdOrderByUpdatedAtDesc(query.schoolId())
                : roadmaps.findByMunicipalityIdOrderBySchoolIdAscUpdatedAtDesc(query.municipalityId());
        return rows.stream().map(RoadmapRow::toSummary).toList();
    }
}
