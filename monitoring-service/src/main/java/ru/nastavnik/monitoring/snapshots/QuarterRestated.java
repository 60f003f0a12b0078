package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts arrived late and the quarter's figures, recomputed, differ from the frozen ones: a new version with what
 * changed, the previous values beside the new. Never a silent change.
 *
 * @param approved whether the quarter was already approved (locked) when it was restated
 */
public record QuarterRestated(String snapshotId, SnapshotLevel level, String unitId, String municipalityId,
                              String regionId, String quarter, int version, int previousVersion,
                              List<SnapshotFigure> figures, List<FigureChange> changes, boolean approved,
                              LocalDate restatedOn) {
}
