package ru.nastavnik.contracts.monitoring;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A unit's quarterly snapshot was approved (a school by its head, a municipality by its department, the region by
 * the region) and is locked from now on. Aggregates only.
 *
 * @param level      SCHOOL, MUNICIPALITY or REGION
 * @param snapshotId LEVEL:unit:quarter; the Kafka key
 */
public record QuarterSnapshotApproved(String snapshotId, String level, String unitId, String municipalityId,
                                      String regionId, String quarter, LocalDate periodStart, LocalDate periodEnd,
                                      int version, LocalDate approvedOn, List<FeedFigure> figures)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return snapshotId;
    }

    @Override
    public String schoolId() {
        return "SCHOOL".equals(level) ? unitId : null;
    }
}
