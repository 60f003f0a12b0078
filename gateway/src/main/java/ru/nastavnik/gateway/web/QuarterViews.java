package ru.nastavnik.gateway.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** monitoring-service's quarterly snapshots as the gateway reads them: ids and figures, never a person's name. */
final class QuarterViews {

    private QuarterViews() {
    }

    /** One unit's snapshot in a quarter's list. {@code status}: FROZEN, APPROVED or RESTATED (after approval). */
    record SnapshotLine(String snapshotId, String level, String unitId, String municipalityId, int version,
                        String status) {
    }

    record SnapshotView(String snapshotId, String level, String unitId, String municipalityId, String regionId,
                        String quarter, int version, String status, Integer approvedVersion, LocalDate approvedOn,
                        List<Version> versions) {

        Version latest() {
            return versions.getLast();
        }
    }

    /** {@code kind}: FROZEN, APPROVED or RESTATED; {@code changes} what a restatement changed. */
    record Version(int version, String kind, LocalDate recordedOn, List<Figure> figures, List<Change> changes) {

        Version {
            changes = changes == null ? List.of() : changes;
        }
    }

    record Figure(String code, int definitionVersion, String name, String unit, long numerator, Long denominator,
                  BigDecimal value, BigDecimal target) {
    }

    record Change(String code, long previousNumerator, Long previousDenominator, BigDecimal previousValue,
                  long numerator, Long denominator, BigDecimal value, BigDecimal difference) {
    }

    record ClosureReport(String quarter, int frozen, int alreadyFrozen) {
    }

    record RestatementReport(int checked, int restated) {
    }

    record Account(String schoolId, String quarter, long participants, List<Participation> participations) {
    }

    record Participation(String participantId, String pairRole, String category, String form, String pairId,
                         boolean group) {
    }
}
