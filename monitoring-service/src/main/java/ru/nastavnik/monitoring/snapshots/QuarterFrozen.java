package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;

/** A school's quarter was frozen when the quarter closed: version 1 of its snapshot. */
public record QuarterFrozen(String snapshotId, String schoolId, String municipalityId, String regionId,
                            String quarter, List<SnapshotFigure> figures, LocalDate frozenOn) {
}
