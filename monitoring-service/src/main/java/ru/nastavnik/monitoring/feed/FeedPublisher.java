package ru.nastavnik.monitoring.feed;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.monitoring.FeedFigure;
import ru.nastavnik.contracts.monitoring.QuarterSnapshotApproved;
import ru.nastavnik.contracts.monitoring.QuarterSnapshotRestated;
import ru.nastavnik.monitoring.snapshots.Quarter;
import ru.nastavnik.monitoring.snapshots.QuarterApproved;
import ru.nastavnik.monitoring.snapshots.QuarterRestated;
import ru.nastavnik.monitoring.snapshots.SnapshotFigure;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;

/**
 * Publishes the regional feed from the approval's events; the event store is the outbox (at-least-once, the
 * CloudEvent id is the domain event's id). Only approved quarters reach the feed: a restatement of a snapshot not
 * approved yet is published when it is approved. Counts of people under five are suppressed.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class FeedPublisher {

    private final IntegrationEventPublisher publisher;

    FeedPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(QuarterApproved event, @MessageIdentifier String id, @Timestamp Instant at) {
        Quarter quarter = Quarter.parse(event.quarter());
        List<FeedFigure> figures = event.figures().stream().map(figure -> Suppression.figure(figure, null)).toList();
        publisher.publish(Topics.MONITORING_FEED, new QuarterSnapshotApproved(event.snapshotId(), event.level().name(),
                event.unitId(), event.municipalityId(), event.regionId(), event.quarter(), quarter.firstDay(),
                quarter.lastDay(), event.version(), event.approvedOn(), figures), id, at);
    }

    @EventHandler
    void on(QuarterRestated event, @MessageIdentifier String id, @Timestamp Instant at) {
        if (!event.approved()) {
            return;
        }
        Quarter quarter = Quarter.parse(event.quarter());
        publisher.publish(Topics.MONITORING_FEED, new QuarterSnapshotRestated(event.snapshotId(), event.level().name(),
                event.unitId(), event.municipalityId(), event.regionId(), event.quarter(), quarter.firstDay(),
                quarter.lastDay(), event.version(), event.previousVersion(), event.restatedOn(),
                withPrevious(event.figures(), previousOf(event))), id, at);
    }

    /** The previous version's figures: the changed ones from the changes, the rest as they are. */
    static Map<String, SnapshotFigure> previousOf(QuarterRestated event) {
        Map<String, SnapshotFigure> previous = new HashMap<>();
        event.figures().forEach(figure -> previous.put(figure.code(), figure));
        event.changes().forEach(change -> {
            SnapshotFigure now = previous.get(change.code());
            previous.put(change.code(), new SnapshotFigure(now.code(), now.definitionVersion(), now.name(),
                    now.unit(), now.factor(), change.previousNumerator(), change.previousDenominator(),
                    change.previousValue(), now.target(), now.numeratorCountsPeople(),
                    now.denominatorCountsPeople(), null, now.answersOnScales()));
        });
        return previous;
    }

    static List<FeedFigure> withPrevious(List<SnapshotFigure> figures, Map<String, SnapshotFigure> previous) {
        return figures.stream().map(figure -> Suppression.figure(figure, previous.get(figure.code()))).toList();
    }
}
