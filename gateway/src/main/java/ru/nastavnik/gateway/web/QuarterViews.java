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

        public Version latest() {
            return versions.getLast();
        }

        /** An indicator's name by its code, as the snapshot's latest figures call it. */
        public String nameOf(String code) {
            return latest().figures().stream().filter(figure -> figure.code().equals(code)).map(Figure::name)
                    .findFirst().orElse(code);
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

        public String valueText() {
            return value == null ? "—" : IndicatorBoard.number(value) + " " + unit;
        }

        public String targetText() {
            return target == null ? "" : IndicatorBoard.number(target) + " " + unit;
        }
    }

    record Change(String code, long previousNumerator, Long previousDenominator, BigDecimal previousValue,
                  long numerator, Long denominator, BigDecimal value, BigDecimal difference) {

        /** «было 30, стало 35 (+5)». */
        public String text() {
            String was = previousValue == null ? "—" : IndicatorBoard.number(previousValue);
            String now = value == null ? "—" : IndicatorBoard.number(value);
            String by = difference == null ? "" : " (" + (difference.signum() > 0 ? "+" : "")
                    + IndicatorBoard.number(difference) + ")";
            return "было " + was + ", стало " + now + by;
        }
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
