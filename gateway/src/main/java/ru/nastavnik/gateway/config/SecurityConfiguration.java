package ru.nastavnik.gateway.config;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.web.util.UriComponentsBuilder;

import ru.nastavnik.edge.ProblemJson;

/**
 * Two doors. {@code /api/**}: a bearer token (scripts, other systems) or the browser's session, 401
 * as problem+json otherwise. Everything else is the web UI: login with Keycloak (code flow + PKCE),
 * logout at Keycloak too, strict security headers.
 */
@Configuration
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' %s; "
            + "frame-ancestors 'none'";

    static final String[] PUBLIC_API = {"/api/pairing/public/**", "/api/monitoring/public/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // a pupil's one-time feedback link: the signed link is its own authority, no account
                        .requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(realmRolesConverter()))
                        .authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem)
                        .accessDeniedHandler(SecurityConfiguration::refusedProblem))
                // a browser calling with its session cookie needs the CSRF token; a bearer token cannot be forged by another site
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        // no session and no cookie: nothing for another site to ride on
                        .ignoringRequestMatchers(PUBLIC_API));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, NastavnikProperties properties, JwtDecoder jwtDecoder)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/error").permitAll()
                        // a pupil's one-time feedback or questionnaire link: the signed link is its own authority
                        .requestMatchers("/feedback/**", "/questionnaire/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/keycloak")
                        .defaultSuccessUrl("/start", true)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(realmRolesUserService(jwtDecoder))))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.formatted(origin(properties.oidc().issuer()))))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** Validates Keycloak's signature, issuer and audience; keys are fetched on first use. */
    @Bean
    JwtDecoder jwtDecoder(NastavnikProperties properties) {
        String issuer = properties.oidc().issuer();
        String audience = properties.oidc().audience();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder
                    .withJwkSetUri(properties.oidc().jwkSetUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                    "Токен выдан не для этого API (aud)", null))));
            return decoder;
        });
    }

    private static JwtAuthenticationConverter realmRolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::realmRoleAuthorities);
        return converter;
    }

    static Collection<GrantedAuthority> realmRoleAuthorities(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /**
     * Keycloak puts realm roles and tenant claims in the access token; the signed token is decoded
     * once at login and its roles become the session's authorities.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> realmRolesUserService(JwtDecoder jwtDecoder) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Jwt accessToken = jwtDecoder.decode(request.getAccessToken().getTokenValue());
            List<GrantedAuthority> authorities = new ArrayList<>(realmRoleAuthorities(accessToken));
            authorities.add(new OidcUserAuthority(user.getIdToken(), user.getUserInfo()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    /** Ends the Keycloak session too, then comes back to the start page. */
    private static LogoutSuccessHandler keycloakLogout(NastavnikProperties properties) {
        return (request, response, authentication) -> {
            String home = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                    .replacePath("/").replaceQuery(null).build().toUriString();
            StringBuilder url = new StringBuilder(properties.oidc().issuer())
                    .append("/protocol/openid-connect/logout?client_id=")
                    .append(URLEncoder.encode(properties.oidc().clientId(), StandardCharsets.UTF_8))
                    .append("&post_logout_redirect_uri=").append(URLEncoder.encode(home, StandardCharsets.UTF_8));
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                url.append("&id_token_hint=").append(user.getIdToken().getTokenValue());
            }
            response.sendRedirect(url.toString());
        };
    }

    private static void unauthorizedProblem(HttpServletRequest request, HttpServletResponse response,
                                            org.springframework.security.core.AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemJson.write(response, HttpStatus.UNAUTHORIZED.value(), "unauthorized", "Требуется вход в систему",
                "Запрос без действительного токена доступа. Войдите в систему и повторите.");
    }

    /**
     * The CSRF check runs before authentication: a write without any credentials is refused by it first. Someone
     * who is not signed in at all is told so (401); a signed-in page that lost its CSRF token gets 403.
     */
    private static void refusedProblem(HttpServletRequest request, HttpServletResponse response,
                                       org.springframework.security.access.AccessDeniedException exception)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            unauthorizedProblem(request, response, null);
            return;
        }
        boolean csrf = exception instanceof org.springframework.security.web.csrf.CsrfException;
        ProblemJson.write(response, HttpStatus.FORBIDDEN.value(), csrf ? "csrf" : "forbidden", "Нет доступа",
                csrf ? "Запрос со страницы пришёл без защитного токена (CSRF). Обновите страницу и повторите."
                        : "Действие недоступно.");
    }

    private static String origin(String url) {
        var uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    static boolean isAuthenticatedUser(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OidcUser;
    }
}
