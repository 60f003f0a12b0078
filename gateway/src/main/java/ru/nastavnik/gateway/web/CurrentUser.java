package ru.nastavnik.gateway.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The signed-in person as the UI needs them: name, roles, tenant and start page. */
public record CurrentUser(String username, String displayName, Set<String> roles, String schoolId,
                          String municipalityId, String regionId) {

    static CurrentUser of(Authentication authentication) {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        return new CurrentUser(user.getPreferredUsername(), name, roles, user.getClaimAsString("school_id"),
                user.getClaimAsString("municipality_id"), user.getClaimAsString("region_id"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSchoolStaff() {
        return has("school-curator") || has("school-head") || has("mentor");
    }

    /** Each role lands on the page of its daily work. */
    public String startPage() {
        if (has("platform-admin")) {
            return "/admin";
        }
        if (has("municipal-officer")) {
            return "/department";
        }
        if (has("regional-analyst")) {
            return "/region";
        }
        if (has("mentor") && !has("school-curator") && !has("school-head")) {
            return "/mentor";
        }
        if (isSchoolStaff()) {
            return "/school";
        }
        return "/no-role";
    }

    /** The role as people call it, for the header. */
    public String roleTitle() {
        if (has("platform-admin")) {
            return "Администратор платформы";
        }
        if (has("municipal-officer")) {
            return "Управление образования";
        }
        if (has("regional-analyst")) {
            return "Региональный аналитик";
        }
        if (has("school-head")) {
            return "Руководитель ОО";
        }
        if (has("school-curator")) {
            return "Куратор программы";
        }
        if (has("mentor")) {
            return "Наставник";
        }
        return "Без роли";
    }
}
