package ru.nastavnik.monitoring.feed;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.monitoring.FeedFigure;

/**
 * An approved unit's quarter in the REST feed: its latest version, with the previous values and differences when
 * it was restated after approval. Ids only (the gateway names the units).
 *
 * @param status APPROVED, or RESTATED when a version newer than the approved one exists
 */
public record FeedSnapshot(String snapshotId, String level, String unitId, String municipalityId, String regionId,
                           String quarter, int version, int approvedVersion, String status, LocalDate approvedOn,
                           List<FeedFigure> figures) {
}
