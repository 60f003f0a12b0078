package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The quarter closed: a school's figures as of its last day are frozen (version 1). A second freeze is a no-op. */
public record FreezeQuarterCommand(@TargetAggregateIdentifier String snapshotId, String schoolId,
                                   String municipalityId, String regionId, Quarter quarter,
                                   List<SnapshotFigure> figures, LocalDate frozenOn) {
}
