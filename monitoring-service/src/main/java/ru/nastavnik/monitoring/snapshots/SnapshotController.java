package ru.nastavnik.monitoring.snapshots;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/**
 * Quarterly snapshots: closing a quarter, reading a unit's snapshot with its versions, approving bottom-up, the
 * restatement check, and the school's personified account for a quarter.
 */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Квартальные снимки показателей")
class SnapshotController {

    private final QuarterSnapshots quarters;
    private final Snapshots snapshots;
    private final PersonifiedAccount accounts;

    SnapshotController(QuarterSnapshots quarters, Snapshots snapshots, PersonifiedAccount accounts) {
        this.quarters = quarters;
        this.snapshots = snapshots;
        this.accounts = accounts;
    }

    /** A snapshot as served: where it stands and every version, the latest last. */
    record SnapshotView(String snapshotId, SnapshotLevel level, String unitId, String municipalityId,
                        String regionId, String quarter, int version, String status, Integer approvedVersion,
                        java.time.LocalDate approvedOn, List<Snapshots.Version> versions) {
    }

    /** One line of a quarter's list. */
    record SnapshotLine(String snapshotId, SnapshotLevel level, String unitId, String municipalityId, int version,
                        String status) {
    }

    @PostMapping("/quarters/{quarter}/closure")
    @Operation(summary = "Закрыть квартал: зафиксировать показатели каждой организации на последний день квартала "
            + "(региональный аналитик — для своего региона, администратор — для всех); повторное закрытие ничего не меняет")
    QuarterSnapshots.ClosureReport close(Caller caller, @PathVariable String quarter) {
        Quarter parsed = Quarter.parse(quarter);
        if (caller.hasRole(Caller.PLATFORM_ADMIN)) {
            return quarters.close(parsed, null);
        }
        if (!caller.hasRole(Caller.REGIONAL_ANALYST) || caller.regionId() == null) {
            throw new AccessDeniedException("Закрыть квартал может региональный орган управления образованием или "
                    + "администратор платформы");
        }
        return quarters.close(parsed, caller.regionId());
    }

    @PostMapping("/snapshots/restatements")
    @Operation(summary = "Проверить закрытые кварталы на поздние факты: изменившиеся показатели получают новую "
            + "версию снимка с прежним значением и разницей; без изменений новых версий нет")
    QuarterSnapshots.RestatementReport restate(Caller caller) {
        caller.requireAnyRole(Caller.REGIONAL_ANALYST, Caller.PLATFORM_ADMIN);
        return quarters.restate();
    }

    @GetMapping("/snapshots")
    @Operation(summary = "Снимки квартала, видимые вызывающему: своя организация, организации и муниципалитет "
            + "управления образования, всё в регионе")
    List<SnapshotLine> list(Caller caller, @RequestParam String quarter) {
        SnapshotAccess.requireMonitoringRole(caller);
        Quarter parsed = Quarter.parse(quarter);
        List<SnapshotLine> lines = new ArrayList<>();
        for (SnapshotLevel level : SnapshotLevel.values()) {
            String municipality = caller.hasRole(Caller.REGIONAL_ANALYST) ? null : caller.municipalityId();
            snapshots.of(parsed, level, level == SnapshotLevel.REGION ? null : municipality,
                            caller.hasRole(Caller.REGIONAL_ANALYST) ? caller.regionId() : null).stream()
                    .filter(snapshot -> SnapshotAccess.visible(caller, snapshot))
                    .map(s -> new SnapshotLine(s.snapshotId(), s.level(), s.unitId(), s.municipalityId(), s.version(),
                            status(s)))
                    .forEach(lines::add);
        }
        return lines;
    }

    @GetMapping("/snapshots/{level}/{unit}/{quarter}")
    @Operation(summary = "Снимок организации, муниципалитета или региона за квартал со всеми версиями")
    SnapshotView one(Caller caller, @PathVariable String level, @PathVariable String unit,
                     @PathVariable String quarter) {
        Snapshots.Snapshot snapshot = visible(caller, level, unit, quarter);
        return new SnapshotView(snapshot.snapshotId(), snapshot.level(), snapshot.unitId(), snapshot.municipalityId(),
                snapshot.regionId(), snapshot.quarter(), snapshot.version(), status(snapshot),
                snapshot.approvedVersion(), snapshot.approvedOn(), snapshots.versions(snapshot.snapshotId()));
    }

    @PostMapping("/snapshots/{level}/{unit}/{quarter}/approval")
    @Operation(summary = "Утвердить снимок квартала: руководитель — организации, управление образования — "
            + "муниципалитета (после всех организаций), регион — региона (после всех муниципалитетов); "
            + "seenVersion — версия, которую утверждающий видел")
    SnapshotView approve(Caller caller, @PathVariable String level, @PathVariable String unit,
                         @PathVariable String quarter, @RequestParam(required = false) Integer seenVersion) {
        SnapshotLevel parsedLevel = SnapshotLevel.parse(level);
        Quarter parsedQuarter = Quarter.parse(quarter);
        String unitId = SnapshotAccess.unitId(unit);
        if (seenVersion != null && seenVersion < 1) {
            throw new IllegalArgumentException("Версия (seenVersion) — целое число от 1");
        }
        quarters.approve(caller, parsedLevel, unitId, parsedQuarter, seenVersion);
        return one(caller, level, unit, quarter);
    }

    @GetMapping("/schools/{schoolId}/quarters/{quarter}/participants")
    @Operation(summary = "Персонифицированный учёт организации за квартал: идентификаторы участников, их роль, "
            + "форма и пара (только для самой организации; имена — из реестра через шлюз)")
    PersonifiedAccount.Account participants(Caller caller, @PathVariable String schoolId,
                                            @PathVariable String quarter) {
        if (!caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR)) {
            throw new AccessDeniedException("Персонифицированный учёт ведёт и видит только сама организация; "
                    + "управлению образования и региону доступны сводные показатели");
        }
        Quarter parsed = Quarter.parse(quarter);
        if (!SnapshotAccess.unitId(schoolId).equals(caller.schoolId())) {
            throw new NotFoundException("Организация не найдена");
        }
        return accounts.of(schoolId, parsed);
    }

    private Snapshots.Snapshot visible(Caller caller, String level, String unit, String quarter) {
        SnapshotAccess.requireMonitoringRole(caller);
        SnapshotLevel parsedLevel = SnapshotLevel.parse(level);
        Quarter parsedQuarter = Quarter.parse(quarter);
        return snapshots.find(parsedLevel, SnapshotAccess.unitId(unit), parsedQuarter)
                .filter(snapshot -> SnapshotAccess.visible(caller, snapshot))
                .orElseThrow(() -> new NotFoundException("Снимок квартала не найден"));
    }

    private static String status(Snapshots.Snapshot snapshot) {
        if (!snapshot.approved()) {
            return "FROZEN";
        }
        return snapshot.version() > snapshot.approvedVersion() ? "RESTATED" : "APPROVED";
    }
}
