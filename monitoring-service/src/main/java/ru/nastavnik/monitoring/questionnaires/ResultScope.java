package ru.nastavnik.monitoring.questionnaires;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/**
 * Whose questionnaire results a caller may read, as of a date: a school's staff their school; a department its
 * municipality (and each of its schools) as aggregates; the region everything in it. A unit of another tenant is
 * "not found"; a role without monitoring rights gets 403. Schools belong to a municipality as of the date asked.
 */
@Component
class ResultScope {

    enum Level { SCHOOL, MUNICIPALITY, REGION }

    /** @param schoolIds the schools the results sum over */
    record Scope(Level level, String unit, LocalDate asOf, List<String> schoolIds) {

        LocalDate yearStart() {
            return Campaigns.schoolYearStart(asOf);
        }
    }

    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String MEMBERSHIP_ON_DATE = """
            SELECT DISTINCT ON (school_id) school_id, municipality_id, region_id FROM school_membership_fact
            WHERE effective_from <= :d ORDER BY school_id, effective_from DESC""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ResultScope(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Scope resolve(Caller caller, String levelText, String unitText, String asOfText) {
        Level level = parseLevel(levelText, caller);
        LocalDate asOf = parseDate(asOfText);
        boolean school = caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR);
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER);
        boolean region = caller.hasRole(Caller.REGIONAL_ANALYST);
        if (!school && !department && !region) {
            throw new AccessDeniedException("Итоги анкетирования недоступны для вашей роли");
        }
        String unit = unitText == null || unitText.isBlank() ? switch (level) {
            case SCHOOL -> caller.schoolId();
            case MUNICIPALITY -> caller.municipalityId();
            case REGION -> caller.regionId();
        } : unitText;
        if (unit == null || !UNIT_ID.matcher(unit).matches()) {
            throw new IllegalArgumentException("Код организации или территории (unit): латинские буквы, цифры, точка, "
                    + "дефис и подчёркивание, до 64 символов");
        }
        List<String[]> memberships = jdbc.sql(MEMBERSHIP_ON_DATE).param("d", Date.valueOf(asOf))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        List<String> schools = switch (level) {
            case SCHOOL -> {
                boolean visible = memberships.stream().anyMatch(m -> m[0].equals(unit)
                        && (school && unit.equals(caller.schoolId())
                        || department && m[1].equals(caller.municipalityId())
                        || region && m[2] != null && m[2].equals(caller.regionId())));
                if (!visible) {
                    throw BrokenRule.notVisible("Организация не найдена");
                }
                yield List.of(unit);
            }
            case MUNICIPALITY -> {
                if (!department && !region) {
                    throw new AccessDeniedException("Итоги муниципалитета доступны управлению образования и региону");
                }
                List<String> found = memberships.stream().filter(m -> m[1].equals(unit)
                        && (department ? unit.equals(caller.municipalityId())
                        : m[2] != null && m[2].equals(caller.regionId()))).map(m -> m[0]).toList();
                if (found.isEmpty()) {
                    throw BrokenRule.notVisible("Муниципалитет не найден");
                }
                yield found;
            }
            case REGION -> {
                if (!region) {
                    throw new AccessDeniedException("Итоги региона доступны региональному органу управления образованием");
                }
                List<String> found = memberships.stream().filter(m -> unit.equals(m[2]) && unit.equals(caller.regionId()))
                        .map(m -> m[0]).toList();
                if (found.isEmpty()) {
                    throw BrokenRule.notVisible("Регион не найден");
                }
                yield found;
            }
        };
        return new Scope(level, unit, asOf, schools);
    }

    private static Level parseLevel(String text, Caller caller) {
        if (text == null || text.isBlank()) {
            return caller.hasRole(Caller.REGIONAL_ANALYST) ? Level.REGION
                    : caller.hasRole(Caller.MUNICIPAL_OFFICER) ? Level.MUNICIPALITY : Level.SCHOOL;
        }
        try {
            return Level.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Уровень (level): SCHOOL, MUNICIPALITY или REGION");
        }
    }

    private LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() >= 2000 && day.getYear() <= 2199) {
                return day;
            }
        } catch (DateTimeParseException unreadable) {
            // answered below
        }
        throw new IllegalArgumentException("Дата (asOf) — в виде ГГГГ-ММ-ДД, между 2000 и 2199 годом");
    }
}
