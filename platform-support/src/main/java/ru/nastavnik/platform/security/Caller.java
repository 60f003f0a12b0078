package ru.nastavnik.platform.security;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling, as the Keycloak token says: the user, the tenant claims and the realm roles.
 * Services take the school and municipality from here, never from the request body.
 *
 * @param participantId for a mentor, their participant record in the registry (the token's {@code participant_id},
 *                      set on the account in Keycloak), else null
 */
public record Caller(String userId, String name, String schoolId, String municipalityId, String regionId,
                     Set<String> roles, String participantId) {

    public static final String SCHOOL_HEAD = "school-head";
    public static final String SCHOOL_CURATOR = "school-curator";
    public static final String MENTOR = "mentor";
    public static final String MUNICIPAL_OFFICER = "municipal-officer";
    public static final String REGIONAL_ANALYST = "regional-analyst";
    public static final String PLATFORM_ADMIN = "platform-admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The role that acts, for the history of a document: the most specific one the caller has. */
    public String mainRole() {
        for (String role : new String[] {SCHOOL_HEAD, SCHOOL_CURATOR, MENTOR, MUNICIPAL_OFFICER, REGIONAL_ANALYST,
                PLATFORM_ADMIN}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "";
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The mentor's own participant id; a mentor account not linked to a participant record gets 403. */
    public String requireParticipant() {
        if (participantId == null || participantId.isBlank()) {
            throw new AccessDeniedException("Учётная запись наставника не связана с записью в базе наставников: "
                    + "обратитесь к куратору программы");
        }
        return participantId;
    }

    /** Demands one of the roles; answers 403 otherwise. */
    public Caller requireAnyRole(String... candidates) {
        if (!hasAnyRole(candidates)) {
            throw new AccessDeniedException("Действие недоступно для вашей роли");
        }
        return this;
    }

    /** The caller's school; a token without one (the department, the region) gets 403. */
    public String requireSchool() {
        if (schoolId == null || schoolId.isBlank()) {
            throw new AccessDeniedException("Действие доступно только сотрудникам образовательной организации");
        }
        return schoolId;
    }

    public String requireMunicipality() {
        if (municipalityId == null || municipalityId.isBlank()) {
            throw new AccessDeniedException("В учётной записи не указан муниципалитет");
        }
        return municipalityId;
    }

    /**
     * The organisation the caller acts for: their school, or for a department officer the municipality,
     * whose own documents (municipal plans, templates) the department owns.
     */
    public String requireOrganisation() {
        return hasRole(MUNICIPAL_OFFICER) ? requireMunicipality() : requireSchool();
    }

    /** True when the caller may read the documents of this school: its own staff or its department. */
    public boolean canSeeSchool(String schoolIdToSee, String municipalityOfSchool) {
        if (schoolIdToSee.equals(schoolId)) {
            return true;
        }
        return hasRole(MUNICIPAL_OFFICER) && municipalityOfSchool != null
                && municipalityOfSchool.equals(municipalityId);
    }
}
