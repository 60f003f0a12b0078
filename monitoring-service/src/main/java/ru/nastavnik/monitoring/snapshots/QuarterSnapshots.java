package ru.nastavnik.monitoring.snapshots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ru.nastavnik.monitoring.definitions.IndicatorDefinition;
import ru.nastavnik.monitoring.indicators.Membership;
import ru.nastavnik.monitoring.indicators.SchoolFigures;
import ru.nastavnik.monitoring.rebuild.ReadModels;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/**
 * Closing a quarter, approving a unit's quarter and checking for restatements: reads what the commands need and
 * sends them; the {@link QuarterApproval} aggregate decides.
 */
@Service
class QuarterSnapshots {

    private static final Logger log = LoggerFactory.getLogger(QuarterSnapshots.class);

    /** What a closure did: schools frozen now, and those frozen before (a closure is idempotent). */
    record ClosureReport(String quarter, int frozen, int alreadyFrozen) {
    }

    /** What a restatement check did: snapshots recomputed and how many got a new version. */
    record RestatementReport(int checked, int restated) {
    }

    private final CommandGateway commands;
    private final Snapshots snapshots;
    private final SnapshotFigures figures;
    private final SchoolFigures schools;
    private final Clock clock;

    private final ReadModels readModels;

    QuarterSnapshots(CommandGateway commands, Snapshots snapshots, SnapshotFigures figures, SchoolFigures schools,
                     ReadModels readModels, Clock clock) {
        this.readModels = readModels;
        this.commands = commands;
        this.snapshots = snapshots;
        this.figures = figures;
        this.schools = schools;
        this.clock = clock;
    }

    boolean readModelsWhole() {
        return readModels.whole();
    }

    private void requireWholeReadModels() {
        if (!readModels.whole()) {
            throw BrokenRule.state("rebuild-in-progress", "Показатели перестраиваются или последняя перестройка не "
                    + "завершилась: квартал не закрывается и не пересчитывается по неполным данным");
        }
    }

    /**
     * Freezes every school's figures as of the quarter's last day, with the definitions in force now.
     *
     * @param regionId only the schools of this region (a regional analyst closes their region), or null for all
     */
    synchronized ClosureReport close(Quarter quarter, String regionId) {
        requireWholeReadModels();
        LocalDate today = LocalDate.now(clock);
        if (!quarter.lastDay().isBefore(today)) {
            throw BrokenRule.state("quarter-open", "Квартал " + quarter + " ещё не закончился: его можно закрыть с "
                    + quarter.lastDay().plusDays(1));
        }
        List<IndicatorDefinition> defaults = figures.currentDefaults();
        int frozen = 0;
        int already = 0;
        for (Membership school : schools.schoolsOn(quarter.lastDay())) {
            if (regionId != null && !regionId.equals(school.regionId())) {
                continue;
            }
            if (snapshots.find(SnapshotLevel.SCHOOL, school.schoolId(), quarter).isPresent()) {
                already++;
                continue;
            }
            commands.sendAndWait(new FreezeQuarterCommand(SnapshotLevel.SCHOOL.snapshotId(school.schoolId(), quarter),
                    school.schoolId(), school.municipalityId(), school.regionId(), quarter,
                    figures.ofSchool(school.schoolId(), quarter, defaults), today));
            frozen++;
        }
        log.info("Quarter {} closed{}: {} school snapshots frozen, {} frozen before", quarter,
                regionId == null ? "" : " for region " + regionId, frozen, already);
        return new ClosureReport(quarter.toString(), frozen, already);
    }

    /** The caller approves a unit's quarter; a municipality's and the region's figures are summed at this moment. */
    Snapshots.Snapshot approve(Caller caller, SnapshotLevel level, String unitId, Quarter quarter,
                               Integer seenVersion) {
        List<String> unitsBelow = List.of();
        List<String> pendingBelow = List.of();
        List<SnapshotFigure> summed = null;
        String municipalityId = null;
        String regionId = null;
        if (level == SnapshotLevel.MUNICIPALITY && caller.hasRole(Caller.MUNICIPAL_OFFICER)
                && unitId.equals(caller.municipalityId())) {
            List<Snapshots.Snapshot> schoolSnapshots = snapshots.of(quarter, SnapshotLevel.SCHOOL, unitId, null);
            unitsBelow = schoolSnapshots.stream().map(Snapshots.Snapshot::unitId).toList();
            pendingBelow = schoolSnapshots.stream().filter(s -> !s.approved()).map(Snapshots.Snapshot::unitId).toList();
            summed = SnapshotFigures.summed(schoolSnapshots.stream().map(this::latestFigures).toList());
            municipalityId = unitId;
            regionId = schoolSnapshots.stream().map(Snapshots.Snapshot::regionId).filter(Objects::nonNull)
                    .findFirst().orElse(caller.regionId());
        } else if (level == SnapshotLevel.REGION && caller.hasRole(Caller.REGIONAL_ANALYST)
                && unitId.equals(caller.regionId())) {
            List<Snapshots.Snapshot> schoolSnapshots = snapshots.of(quarter, SnapshotLevel.SCHOOL, null, unitId);
            Set<String> municipalities = new LinkedHashSet<>();
            schoolSnapshots.forEach(s -> municipalities.add(s.municipalityId()));
            unitsBelow = List.copyOf(municipalities);
            Set<String> approvedMunicipalities = new LinkedHashSet<>();
            snapshots.of(quarter, SnapshotLevel.MUNICIPALITY, null, unitId).stream()
                    .filter(Snapshots.Snapshot::approved).forEach(s -> approvedMunicipalities.add(s.unitId()));
            pendingBelow = municipalities.stream().filter(m -> !approvedMunicipalities.contains(m)).toList();
            summed = SnapshotFigures.summed(schoolSnapshots.stream().map(this::latestFigures).toList());
            regionId = unitId;
        }
        commands.sendAndWait(new ApproveQuarterCommand(level.snapshotId(unitId, quarter), level, unitId,
                municipalityId, regionId, quarter, new ApproveQuarterCommand.Approver(caller.roles(),
                caller.schoolId(), caller.municipalityId(), caller.regionId()), unitsBelow, pendingBelow, summed,
                seenVersion, LocalDate.now(clock)));
        return snapshots.find(level, unitId, quarter).orElseThrow();
    }

    /**
     * Recomputes every frozen quarter as of its last day: schools with the definition versions they were frozen
     * with, then the approved municipalities and regions from their schools' latest versions. A figure that differs
     * becomes a new version with the previous values; equal figures change nothing.
     */
    synchronized RestatementReport restate() {
        requireWholeReadModels();
        LocalDate today = LocalDate.now(clock);
        int checked = 0;
        int restated = 0;
        for (Snapshots.Snapshot school : snapshots.all(SnapshotLevel.SCHOOL)) {
            Quarter quarter = Quarter.parse(school.quarter());
            List<SnapshotFigure> again = figures.ofSchoolAgain(school.unitId(), quarter, latestFigures(school));
            restated += send(school, again, today);
            checked++;
        }
        for (SnapshotLevel level : List.of(SnapshotLevel.MUNICIPALITY, SnapshotLevel.REGION)) {
            for (Snapshots.Snapshot unit : snapshots.all(level)) {
                Quarter quarter = Quarter.parse(unit.quarter());
                List<Snapshots.Snapshot> below = level == SnapshotLevel.MUNICIPALITY
                        ? snapshots.of(quarter, SnapshotLevel.SCHOOL, unit.unitId(), null)
                        : snapshots.of(quarter, SnapshotLevel.SCHOOL, null, unit.unitId());
                restated += send(unit, SnapshotFigures.summed(below.stream().map(this::latestFigures).toList()),
                        today);
                checked++;
            }
        }
        if (restated > 0) {
            log.info("Restatement check: {} snapshots recomputed, {} restated", checked, restated);
        }
        return new RestatementReport(checked, restated);
    }

    private int send(Snapshots.Snapshot snapshot, List<SnapshotFigure> recomputed, LocalDate today) {
        Boolean changed = commands.sendAndWait(new RestateQuarterCommand(snapshot.snapshotId(), recomputed, today));
        return Boolean.TRUE.equals(changed) ? 1 : 0;
    }

    private List<SnapshotFigure> latestFigures(Snapshots.Snapshot snapshot) {
        return new ArrayList<>(snapshots.version(snapshot.snapshotId(), snapshot.version()).figures());
    }
}
