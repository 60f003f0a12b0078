package ru.nastavnik.monitoring.snapshots;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.domain.BrokenRule;

/**
 * One unit's quarter (a school, a municipality, the region) from its frozen figures through approval to its
 * restatements. Approval goes bottom-up and locks the quarter: nothing but a restatement (a new version that keeps
 * the previous values beside the new) changes it afterwards.
 */
@Aggregate
class QuarterApproval {

    @AggregateIdentifier
    private String snapshotId;
    private SnapshotLevel level;
    private String unitId;
    private String municipalityId;
    private String regionId;
    private String quarter;
    private int version;
    private List<SnapshotFigure> figures = List.of();
    private boolean approved;

    QuarterApproval() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FreezeQuarterCommand command) {
        if (snapshotId != null) {
            return; // frozen once: closing the quarter again (the job, then an administrator) changes nothing
        }
        if (command.figures() == null || command.figures().isEmpty()) {
            throw BrokenRule.invalid("snapshot-empty", "Снимок квартала без показателей не фиксируется");
        }
        apply(new QuarterFrozen(command.snapshotId(), command.schoolId(), command.municipalityId(),
                command.regionId(), command.quarter().toString(), List.copyOf(command.figures()),
                command.frozenOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ApproveQuarterCommand command) {
        SnapshotLevel asked = command.level();
        ApproveQuarterCommand.Approver approver = command.approver();
        if (!approver.roles().contains(asked.approverRole())) {
            throw BrokenRule.notAllowed("approval-role", asked.whoApproves());
        }
        String ownUnit = switch (asked) {
            case SCHOOL -> approver.schoolId();
            case MUNICIPALITY -> approver.municipalityId();
            case REGION -> approver.regionId();
        };
        if (!Objects.equals(ownUnit, command.unitId())) {
            throw BrokenRule.notVisible("Снимок квартала не найден");
        }
        if (asked == SnapshotLevel.SCHOOL && snapshotId == null) {
            throw BrokenRule.notVisible("Снимок организации за квартал " + command.quarter()
                    + " не найден: квартал ещё не закрыт");
        }
        if (approved) {
            throw BrokenRule.state("quarter-approved", "Квартал " + command.quarter()
                    + " уже утверждён и закрыт для изменений; исправления вносятся только пересчётом (новой версией)");
        }
        if (asked != SnapshotLevel.SCHOOL) {
            if (command.unitsBelow().isEmpty()) {
                throw BrokenRule.state("quarter-not-closed", "Квартал " + command.quarter()
                        + " не закрыт: снимков организаций за него нет");
            }
            if (!command.pendingBelow().isEmpty()) {
                throw BrokenRule.state("approval-order", (asked == SnapshotLevel.MUNICIPALITY
                        ? "Сначала руководители должны утвердить снимки всех организаций муниципалитета; не утверждены: "
                        : "Сначала управления образования должны утвердить снимки всех муниципалитетов; не утверждены: ")
                        + String.join(", ", command.pendingBelow()));
            }
        }
        int approvedVersion = asked == SnapshotLevel.SCHOOL ? version : 1;
        if (command.seenVersion() != null && command.seenVersion() != approvedVersion) {
            throw BrokenRule.state("snapshot-restated", "Снимок пересчитан (версия " + approvedVersion
                    + "), пока вы его смотрели: проверьте новые значения и утвердите снова");
        }
        List<SnapshotFigure> approvedFigures = asked == SnapshotLevel.SCHOOL ? figures : List.copyOf(command.figures());
        apply(new QuarterApproved(command.snapshotId(), asked, command.unitId(),
                asked == SnapshotLevel.SCHOOL ? municipalityId : command.municipalityId(),
                asked == SnapshotLevel.SCHOOL ? regionId : command.regionId(), command.quarter().toString(),
                approvedVersion, approvedFigures, asked.approverRole(), command.approvedOn()));
    }

    /** @return true when a new version was recorded */
    @CommandHandler
    boolean handle(RestateQuarterCommand command) {
        if (level != SnapshotLevel.SCHOOL && !approved) {
            throw BrokenRule.state("quarter-not-approved", "Снимок муниципалитета или региона пересчитывается "
                    + "только после утверждения");
        }
        Map<String, SnapshotFigure> before = new HashMap<>();
        figures.forEach(figure -> before.put(figure.code(), figure));
        List<FigureChange> changes = new ArrayList<>();
        for (SnapshotFigure now : command.figures()) {
            SnapshotFigure previous = before.get(now.code());
            if (previous == null) {
                throw BrokenRule.invalid("restatement-figure", "Показатель " + now.code()
                        + " не входил в снимок: пересчёт не добавляет показателей");
            }
            if (previous.definitionVersion() != now.definitionVersion()) {
                throw BrokenRule.invalid("restatement-definition", "Показатель " + now.code()
                        + " пересчитывается только по версии формулы, по которой он зафиксирован");
            }
            if (!previous.sameAs(now)) {
                changes.add(FigureChange.between(previous, now));
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        Map<String, SnapshotFigure> after = new HashMap<>(before);
        command.figures().forEach(figure -> after.put(figure.code(), figure));
        List<SnapshotFigure> restated = figures.stream().map(figure -> after.get(figure.code())).toList();
        apply(new QuarterRestated(snapshotId, level, unitId, municipalityId, regionId, quarter, version + 1, version,
                restated, changes, approved, command.restatedOn()));
        return true;
    }

    @EventSourcingHandler
    void on(QuarterFrozen event) {
        snapshotId = event.snapshotId();
        level = SnapshotLevel.SCHOOL;
        unitId = event.schoolId();
        municipalityId = event.municipalityId();
        regionId = event.regionId();
        quarter = event.quarter();
        version = 1;
        figures = event.figures();
    }

    @EventSourcingHandler
    void on(QuarterApproved event) {
        snapshotId = event.snapshotId();
        level = event.level();
        unitId = event.unitId();
        municipalityId = event.municipalityId();
        regionId = event.regionId();
        quarter = event.quarter();
        version = event.version();
        figures = event.figures();
        approved = true;
    }

    @EventSourcingHandler
    void on(QuarterRestated event) {
        version = event.version();
        figures = event.figures();
    }
}
