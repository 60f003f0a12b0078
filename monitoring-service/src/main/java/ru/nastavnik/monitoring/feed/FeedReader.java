package ru.nastavnik.monitoring.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.nastavnik.contracts.monitoring.FeedFigure;
import ru.nastavnik.monitoring.snapshots.Quarter;
import ru.nastavnik.monitoring.snapshots.SnapshotFigure;
import ru.nastavnik.monitoring.snapshots.SnapshotLevel;
import ru.nastavnik.monitoring.snapshots.Snapshots;

/** The feed as the REST endpoint serves it: the approved snapshots of a quarter in a municipality or a region. */
@Component
class FeedReader {

    private final Snapshots snapshots;

    FeedReader(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * @param municipalityId the department's municipality (its schools and itself), or null
     * @param regionId       the region (everything in it), when {@code municipalityId} is null
     */
    List<FeedSnapshot> read(Quarter quarter, String municipalityId, String regionId) {
        List<FeedSnapshot> feed = new ArrayList<>();
        for (SnapshotLevel level : SnapshotLevel.values()) {
            if (municipalityId != null && level == SnapshotLevel.REGION) {
                continue;
            }
            // a municipality's own snapshot carries its id as municipality_id, like its schools'
            List<Snapshots.Snapshot> approved = snapshots.of(quarter, level, municipalityId,
                    municipalityId == null ? regionId : null).stream().filter(Snapshots.Snapshot::approved).toList();
            approved.forEach(snapshot -> feed.add(entry(snapshot)));
        }
        return feed;
    }

    private FeedSnapshot entry(Snapshots.Snapshot snapshot) {
        Snapshots.Version latest = snapshots.version(snapshot.snapshotId(), snapshot.version());
        boolean restated = snapshot.version() > snapshot.approvedVersion();
        Map<String, SnapshotFigure> previous = new HashMap<>();
        if (restated) {
            snapshots.version(snapshot.snapshotId(), snapshot.version() - 1).figures()
                    .forEach(figure -> previous.put(figure.code(), figure));
        }
        List<FeedFigure> figures = latest.figures().stream()
                .map(figure -> Suppression.figure(figure, restated ? previous.get(figure.code()) : null)).toList();
        return new FeedSnapshot(snapshot.snapshotId(), snapshot.level().name(), snapshot.unitId(),
                snapshot.municipalityId(), snapshot.regionId(), snapshot.quarter(), snapshot.version(),
                snapshot.approvedVersion(), restated ? "RESTATED" : "APPROVED", snapshot.approvedOn(), figures);
    }
}
