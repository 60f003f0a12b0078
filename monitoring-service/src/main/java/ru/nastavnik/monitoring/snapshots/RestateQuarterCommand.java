package ru.nastavnik.monitoring.snapshots;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The figures of a frozen quarter recomputed now, with the definition versions it was frozen with (a school), or
 * summed again from the schools' latest versions (a municipality, the region). Equal figures change nothing.
 */
public record RestateQuarterCommand(@TargetAggregateIdentifier String snapshotId, List<SnapshotFigure> figures,
                                    LocalDate restatedOn) {
}
