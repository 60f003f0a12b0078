package ru.nastavnik.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Signed access tokens shaped like the ones the {@code mentoring} Keycloak realm issues: realm roles
 * under {@code realm_access.roles}, tenant claims, audience {@code nastavnik-api}.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String curator(String schoolId, String municipalityId) {
        return token("curator-" + schoolId, List.of("school-curator"), schoolId, municipalityId, "reg-1");
    }

    public static String head(String schoolId, String municipalityId) {
        return token("head-" + schoolId, List.of("school-head"), schoolId, municipalityId, "reg-1");
    }

    public static String officer(String municipalityId) {
        return token("officer-" + municipalityId, List.of("municipal-officer"), null, municipalityId, "reg-1");
    }

    public static String analyst(String regionId) {
        return token("analyst-" + regionId, List.of("regional-analyst"), null, null, regionId);
    }

    /** A mentor's account linked to their participant record (the claim Keycloak maps from the user attribute). */
    public static String mentor(String schoolId, String municipalityId, String participantId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", List.of("mentor")));
        claims.put("name", "mentor " + participantId);
        claims.put("school_id", schoolId);
        claims.put("municipality_id", municipalityId);
        claims.put("region_id", "reg-1");
        if (participantId != null) {
            claims.put("participant_id", participantId);
        }
        var callback = new DefaultOAuth2TokenCallback(TestInfrastructure.ISSUER_ID, "mentor-" + participantId, "JWT",
                List.of("nastavnik-api"), claims, 3600);
        return TestInfrastructure.oidc().issueToken(TestInfrastructure.ISSUER_ID, "nastavnik-tests", callback)
                .serialize();
    }

    public static String admin() {
        return token("admin", List.of("platform-admin"), null, null, "reg-1");
    }

    public static String token(String subject, List<String> roles, String schoolId, String municipalityId,
                               String regionId) {
        return tokenWithAudience(subject, roles, schoolId, municipalityId, regionId, "nastavnik-api");
    }

    public static String tokenWithAudience(String subject, List<String> roles, String schoolId,
                                           String municipalityId, String regionId, String audience) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", new ArrayList<>(roles)));
        claims.put("name", subject);
        if (schoolId != null) {
            claims.put("school_id", schoolId);
        }
        if (municipalityId != null) {
            claims.put("municipality_id", municipalityId);
        }
        if (regionId != null) {
            claims.put("region_id", regionId);
        }
        var callback = new DefaultOAuth2TokenCallback(TestInfrastructure.ISSUER_ID, subject, "JWT",
                List.of(audience), claims, 3600);
        return TestInfrastructure.oidc().issueToken(TestInfrastructure.ISSUER_ID, "nastavnik-tests", callback)
                .serialize();
    }
}
