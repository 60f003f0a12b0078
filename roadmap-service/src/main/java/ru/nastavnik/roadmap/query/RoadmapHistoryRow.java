package ru.nastavnik.roadmap.query;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.roadmap.api.RoadmapDetails;

@Entity
@Table(name = "roadmap_history_view")
class RoadmapHistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "roadmap_id")
    private String roadmapId;
    @Column(name = "happened_at")
    private Instant happenedAt;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "actor_role")
    private String actorRole;
    private String step;
    private String comment;

    protected RoadmapHistoryRow() {
    }

    RoadmapHistoryRow(String roadmapId, Instant happenedAt, String actorName, String actorRole, HistoryStep step,
                      String comment) {
        this.roadmapId = roadmapId;
        this.happenedAt = happenedAt;
        this.actorName = actorName == null ? "" : actorName;
        this.actorRole = actorRole == null ? "" : actorRole;
        this.step = step.name();
        this.comment = comment == null ? "" : comment;
    }

    RoadmapDetails.HistoryEntry toEntry() {
        HistoryStep kind = HistoryStep.valueOf(step);
        return new RoadmapDetails.HistoryEntry(happenedAt, actorName, actorRole, step, kind.title(), comment);
    }
}
