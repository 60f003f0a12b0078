package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's quarter was approved and is locked from now on: it changes only by restatement. For a municipality or
 * the region this is also when its figures were fixed (version 1).
 *
 * @param figures the approved version's figures
 */
public record QuarterApproved(String snapshotId, SnapshotLevel level, String unitId, String municipalityId,
                              String regionId, String quarter, int version, List<SnapshotFigure> figures,
                              String approverRole, LocalDate approvedOn) {
}
