package ru.nastavnik.contracts.monitoring;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * Facts arrived late for an approved quarter: a new version of the unit's snapshot, each figure with the previous
 * version's value and the difference. Never a silent change.
 */
public record QuarterSnapshotRestated(String snapshotId, String level, String unitId, String municipalityId,
                                      String regionId, String quarter, LocalDate periodStart, LocalDate periodEnd,
                                      int version, int previousVersion, LocalDate restatedOn,
                                      List<FeedFigure> figures) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return snapshotId;
    }

    @Override
    public String schoolId() {
        return "SCHOOL".equals(level) ? unitId : null;
    }
}
