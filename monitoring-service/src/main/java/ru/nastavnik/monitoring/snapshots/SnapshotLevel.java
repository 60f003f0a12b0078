package ru.nastavnik.monitoring.snapshots;

import java.util.Arrays;

import ru.nastavnik.platform.security.Caller;

/**
 * The rungs of bottom-up approval (DHIS2 data approval): a school's snapshot is approved by its head, a
 * municipality's by its department once every school is approved, the region's by the region once every
 * municipality is.
 */
public enum SnapshotLevel {
    SCHOOL(Caller.SCHOOL_HEAD, "Снимок организации утверждает её руководитель"),
    MUNICIPALITY(Caller.MUNICIPAL_OFFICER, "Снимок муниципалитета утверждает управление образования"),
    REGION(Caller.REGIONAL_ANALYST, "Снимок региона утверждает региональный орган управления образованием");

    private final String approverRole;
    private final String whoApproves;

    SnapshotLevel(String approverRole, String whoApproves) {
        this.approverRole = approverRole;
        this.whoApproves = whoApproves;
    }

    public String approverRole() {
        return approverRole;
    }

    String whoApproves() {
        return whoApproves;
    }

    public static SnapshotLevel parse(String text) {
        return Arrays.stream(values()).filter(level -> level.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Уровень снимка: SCHOOL, MUNICIPALITY или REGION"));
    }

    /** The id of the approval (the aggregate) of a unit's quarter. */
    public String snapshotId(String unitId, Quarter quarter) {
        return name() + ":" + unitId + ":" + quarter;
    }
}
