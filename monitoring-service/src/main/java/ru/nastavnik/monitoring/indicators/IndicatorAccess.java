package ru.nastavnik.monitoring.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/**
 * Who may read which unit: a school's staff their school; a department its municipality and the schools that
 * belonged to it on the date asked; the region everything in it. A unit of another tenant is "not found", as if it
 * did not exist; a role with no monitoring rights gets 403.
 */
@Component
class IndicatorAccess {

    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final Memberships memberships;
    private final Clock clock;

    IndicatorAccess(Memberships memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    IndicatorScope resolve(Caller caller, String levelText, String unitText, String asOfText) {
        Level level = Level.parse(levelText);
        LocalDate asOf = parseDate(asOfText);
        boolean schoolStaff = caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR);
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER);
        boolean region = caller.hasRole(Caller.REGIONAL_ANALYST);
        if (!schoolStaff && !department && !region) {
            throw new AccessDeniedException("Показатели мониторинга недоступны для вашей роли");
        }
        String unit = unitText == null || unitText.isBlank() ? ownUnit(caller, level) : unitText;
        if (unit == null || !UNIT_ID.matcher(unit).matches()) {
            throw new IllegalArgumentException("Код организации или территории (unit): латинские буквы, цифры, "
                    + "точка, дефис и подчёркивание, до 64 символов");
        }
        return switch (level) {
            case SCHOOL -> school(caller, unit, asOf, schoolStaff, department, region);
            case MUNICIPALITY -> municipality(caller, unit, asOf, department, region);
            case REGION -> region(caller, unit, asOf, region);
        };
    }

    private IndicatorScope school(Caller caller, String unit, LocalDate asOf, boolean schoolStaff, boolean department,
                                  boolean region) {
        Membership membership = memberships.ofSchool(unit, asOf).orElse(null);
        boolean visible = membership != null && (schoolStaff && unit.equals(caller.schoolId())
                || department && Objects.equals(membership.municipalityId(), caller.municipalityId())
                || region && Objects.equals(membership.regionId(), caller.regionId()));
        if (!visible) {
            throw new NotFoundException("Организация не найдена");
        }
        return new IndicatorScope(Level.SCHOOL, unit, asOf, List.of(membership), membership.municipalityId());
    }

    private IndicatorScope municipality(Caller caller, String unit, LocalDate asOf, boolean department,
                                        boolean region) {
        if (!department && !region) {
            throw new AccessDeniedException("Показатели муниципалитета доступны управлению образования и региону");
        }
        boolean visible = department ? unit.equals(caller.municipalityId()) && memberships.municipalityKnown(unit, null)
                : caller.regionId() != null && memberships.municipalityKnown(unit, caller.regionId());
        if (!visible) {
            throw new NotFoundException("Муниципалитет не найден");
        }
        return new IndicatorScope(Level.MUNICIPALITY, unit, asOf, memberships.ofMunicipality(unit, asOf), unit);
    }

    private IndicatorScope region(Caller caller, String unit, LocalDate asOf, boolean region) {
        if (!region) {
            throw new AccessDeniedException("Показатели региона доступны региональному органу управления образованием");
        }
        if (!unit.equals(caller.regionId()) || !memberships.regionKnown(unit)) {
            throw new NotFoundException("Регион не найден");
        }
        return new IndicatorScope(Level.REGION, unit, asOf, memberships.ofRegion(unit, asOf), null);
    }

    private static String ownUnit(Caller caller, Level level) {
        return switch (level) {
            case SCHOOL -> caller.schoolId();
            case MUNICIPALITY -> caller.municipalityId();
            case REGION -> caller.regionId();
        };
    }

    private LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Дата расчёта (asOf) — в виде ГГГГ-ММ-ДД, например 2026-12-31");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new IllegalArgumentException("Дата расчёта (asOf) должна лежать между 2000-01-01 и 2199-12-31");
        }
        return day;
    }
}
