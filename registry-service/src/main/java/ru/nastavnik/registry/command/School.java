package ru.nastavnik.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

/** An organisation of the municipality and the headcounts that are the denominators of indicators. */
@Aggregate
class School {

    private static final Pattern SCHOOL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    private static final Pattern TERRITORY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern QUARTER = Pattern.compile("(20\\d{2})-Q([1-4])");
    /** Far above any real school: a typo guard, not a rule of the domain. */
    private static final int MAX_HEADCOUNT = 20_000;

    @AggregateIdentifier
    private String schoolId;
    private String municipalityId;
    private String regionId;
    private LocalDate lastMovedOn;

    School() {
        // for Axon
    }

    @CommandHandler
    School(RegisterSchoolCommand command) {
        if (!SCHOOL_CODE.matcher(command.schoolId()).matches()) {
            throw RuleViolationException.unprocessable("school-code-format",
                    "Код организации: строчные латинские буквы, цифры и дефис, от 3 до 64 символов, например school-12");
        }
        apply(new SchoolRegistered(command.schoolId(), command.municipalityId(), command.regionId(),
                command.name().strip(), command.kind()));
    }

    @CommandHandler
    void handle(ReportHeadcountCommand command) {
        if (!schoolId.equals(command.actingSchoolId())) {
            throw new NotFoundException("Организация не найдена");
        }
        if (!QUARTER.matcher(command.quarter()).matches()) {
            throw RuleViolationException.unprocessable("quarter-format", "Квартал указывается как 2026-Q4");
        }
        int[] counts = {command.pupilsAged10To14(), command.pupilsAged15To18(), command.teachersWithUpTo3Years(),
                command.teachersWithOver3Years()};
        for (int count : counts) {
            if (count < 0 || count > MAX_HEADCOUNT) {
                throw RuleViolationException.unprocessable("headcount-range",
                        "Численность должна быть от 0 до " + MAX_HEADCOUNT);
            }
        }
        command.pupilsByGrade().forEach((grade, pupils) -> {
            if (grade < 1 || grade > 11) {
                throw RuleViolationException.unprocessable("grade-range", "Классы — с 1 по 11, а не " + grade);
            }
            if (pupils < 0 || pupils > MAX_HEADCOUNT) {
                throw RuleViolationException.unprocessable("headcount-range",
                        "Численность должна быть от 0 до " + MAX_HEADCOUNT);
            }
        });
        apply(new HeadcountReported(schoolId, municipalityId, command.quarter(), command.pupilsAged10To14(),
                command.pupilsAged15To18(), command.teachersWithUpTo3Years(), command.teachersWithOver3Years(),
                command.pupilsByGrade()));
    }

    /**
     * A move is dated: from that day the school counts for the new municipality. It may be recorded after the fact,
     * but not for the future, and not before an earlier move (that history is already told).
     */
    @CommandHandler
    void handle(MoveSchoolCommand command) {
        if (regionId != null && !regionId.equals(command.actingRegionId())) {
            throw new NotFoundException("Организация не найдена");
        }
        if (command.municipalityId() == null || !TERRITORY_CODE.matcher(command.municipalityId()).matches()
                || command.regionId() == null || !TERRITORY_CODE.matcher(command.regionId()).matches()) {
            throw RuleViolationException.unprocessable("territory-code-format",
                    "Код муниципалитета и региона: латинские буквы, цифры, точка, дефис и подчёркивание, до 64 символов");
        }
        if (command.movedOn() == null || command.movedOn().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("move-date", "Дата перехода не может быть в будущем");
        }
        if (command.municipalityId().equals(municipalityId) && command.regionId().equals(regionId)) {
            throw RuleViolationException.conflict("same-municipality", "Организация уже относится к этому муниципалитету");
        }
        if (lastMovedOn != null && !command.movedOn().isAfter(lastMovedOn)) {
            throw RuleViolationException.conflict("move-before-last-move",
                    "Дата перехода должна быть позже предыдущего перехода (" + lastMovedOn + ")");
        }
        apply(new SchoolMoved(schoolId, command.municipalityId(), command.regionId(), municipalityId, regionId,
                command.movedOn()));
    }

    @EventSourcingHandler
    void on(SchoolRegistered event) {
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
        regionId = event.regionId();
    }

    @EventSourcingHandler
    void on(SchoolMoved event) {
        municipalityId = event.municipalityId();
        regionId = event.regionId();
        lastMovedOn = event.movedOn();
    }
}
