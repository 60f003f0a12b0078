package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Someone approves a unit's quarter. For a municipality or the region the command carries what was read of the
 * rung below at the moment of asking (the units and which of them are still unapproved) and the figures summed
 * from them; the aggregate decides.
 *
 * @param unitsBelow   a municipality's schools with a snapshot of the quarter, or the region's municipalities;
 *                     empty for a school
 * @param pendingBelow those of {@code unitsBelow} not approved yet
 * @param figures      for a municipality or the region: the sums of its schools' latest figures; null for a school
 * @param seenVersion  the version the approver looked at, if they said; a restated snapshot must be looked at again
 */
public record ApproveQuarterCommand(@TargetAggregateIdentifier String snapshotId, SnapshotLevel level, String unitId,
                                    String municipalityId, String regionId, Quarter quarter, Approver approver,
                                    List<String> unitsBelow, List<String> pendingBelow, List<SnapshotFigure> figures,
                                    Integer seenVersion, LocalDate approvedOn) {

    /** Who approves, as their token says: roles and tenant claims. */
    public record Approver(Set<String> roles, String schoolId, String municipalityId, String regionId) {
    }
}
