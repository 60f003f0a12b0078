package ru.nastavnik.monitoring.snapshots;

import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;

import ru.nastavnik.platform.security.Caller;

/**
 * Who may read a snapshot: a school's staff their school's; a department its municipality's and its schools'; the
 * region everything in it. Anything else is "not found", as if it did not exist.
 */
final class SnapshotAccess {

    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SnapshotAccess() {
    }

    static void requireMonitoringRole(Caller caller) {
        if (!caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR, Caller.MUNICIPAL_OFFICER,
                Caller.REGIONAL_ANALYST)) {
            throw new AccessDeniedException("Снимки кварталов недоступны для вашей роли");
        }
    }

    static String unitId(String text) {
        if (text == null || !UNIT_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("Код организации или территории: латинские буквы, цифры, точка, "
                    + "дефис и подчёркивание, до 64 символов");
        }
        return text;
    }

    static boolean visible(Caller caller, Snapshots.Snapshot snapshot) {
        return switch (snapshot.level()) {
            case SCHOOL -> caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR)
                    && snapshot.unitId().equals(caller.schoolId())
                    || department(caller, snapshot.municipalityId()) || region(caller, snapshot.regionId());
            case MUNICIPALITY -> department(caller, snapshot.unitId()) || region(caller, snapshot.regionId());
            case REGION -> region(caller, snapshot.unitId());
        };
    }

    private static boolean department(Caller caller, String municipalityId) {
        return caller.hasRole(Caller.MUNICIPAL_OFFICER) && municipalityId != null
                && Objects.equals(municipalityId, caller.municipalityId());
    }

    private static boolean region(Caller caller, String regionId) {
        return caller.hasRole(Caller.REGIONAL_ANALYST) && regionId != null
                && Objects.equals(regionId, caller.regionId());
    }
}
