package ru.nastavnik.roadmap.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.stereotype.Component;

/**
 * Keeps the version a roadmap's ETag shows equal to its aggregate's: every event moves it, marking a date done
 * included, or the next {@code If-Match} would be refused as a conflict nobody caused.
 */
@Component
@ProcessingGroup("roadmap-projection")
class RoadmapVersionProjection {

    private final RoadmapRows roadmaps;

    RoadmapVersionProjection(RoadmapRows roadmaps) {
        this.roadmaps = roadmaps;
    }

    @EventHandler
    void on(Object event, @SourceId String roadmapId, @SequenceNumber long version, @Timestamp Instant at) {
        roadmaps.findById(roadmapId).ifPresent(row -> row.changed(version, at));
    }
}
