package ru.nastavnik.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Maps Keycloak's {@code realm_access.roles} to {@code ROLE_<role>} authorities. */
public class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static List<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    public static Caller callerOf(Jwt jwt) {
        String name = jwt.getClaimAsString("name") != null ? jwt.getClaimAsString("name")
                : jwt.getClaimAsString("preferred_username");
        return new Caller(jwt.getSubject(), name == null ? "" : name, jwt.getClaimAsString("school_id"),
                jwt.getClaimAsString("municipality_id"), jwt.getClaimAsString("region_id"),
                java.util.Set.copyOf(realmRoles(jwt)), jwt.getClaimAsString("participant_id"));
    }
}
