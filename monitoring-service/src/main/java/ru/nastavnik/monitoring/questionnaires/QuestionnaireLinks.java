package ru.nastavnik.monitoring.questionnaires;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.domain.BrokenRule;

/**
 * One-time links for pupils, who have no accounts: a link names one campaign and one invited participant, is signed
 * with the service's secret (HMAC-SHA256), expires after 14 days or when the campaign closes, whichever is first,
 * and works once. The signature makes it unforgeable; the database row makes it single-use (marked used in the
 * answer's own transaction) and holds the expiry that counts.
 */
@Component
class QuestionnaireLinks {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a link stands for. */
    record Link(String linkId, String campaignId, String respondentKey) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final byte[] secret;

    QuestionnaireLinks(JdbcClient jdbc, ObjectMapper json, Clock clock,
                       @Value("${nastavnik.monitoring.link-secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("nastavnik.monitoring.link-secret (NASTAVNIK_LINK_SECRET) must be at "
                    + "least 32 characters: it signs the pupils' one-time questionnaire links");
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A new link; the token is what goes into the address. */
    Issued issue(String campaignId, String respondentKey, LocalDate closesOn) {
        Instant campaignEnd = closesOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant fortnight = clock.instant().plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = fortnight.isBefore(campaignEnd) ? fortnight : campaignEnd;
        Link link = new Link(UUID.randomUUID().toString(), campaignId, respondentKey);
        jdbc.sql("INSERT INTO questionnaire_link (id, campaign_id, respondent_key, expires_at) VALUES (?, ?, ?, ?)")
                .params(link.linkId(), campaignId, respondentKey, Timestamp.from(expiresAt)).update();
        String payload = ENCODER.encodeToString(write(link));
        return new Issued(payload + "." + ENCODER.encodeToString(sign(payload)), expiresAt);
    }

    record Issued(String token, Instant expiresAt) {
    }

    /** The link behind a token that is genuine, unused and not expired; anything else is refused plainly. */
    Link open(String token) {
        Link link = verified(token);
        record State(boolean used, Instant expiresAt) {
        }
        State state = jdbc.sql("SELECT used_at IS NOT NULL, expires_at FROM questionnaire_link WHERE id = ?")
                .param(link.linkId())
                .query((rs, row) -> new State(rs.getBoolean(1), rs.getTimestamp(2).toInstant())).optional()
                .orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        if (state.used()) {
            throw BrokenRule.state("link-used", "По этой ссылке уже ответили: ссылка одноразовая");
        }
        if (!clock.instant().isBefore(state.expiresAt())) {
            throw BrokenRule.state("link-expired", "Срок действия ссылки истёк: попросите куратора прислать новую");
        }
        return link;
    }

    Instant expiresAt(Link link) {
        return jdbc.sql("SELECT expires_at FROM questionnaire_link WHERE id = ?").param(link.linkId())
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    Clock clock() {
        return clock;
    }

    /** Marks the link used; false when another answer got there first. */
    boolean use(Link link) {
        return jdbc.sql("UPDATE questionnaire_link SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(clock.instant()), link.linkId(), Timestamp.from(clock.instant())).update() == 1;
    }

    private Link verified(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 1000) {
            throw BrokenRule.notVisible("Ссылка не найдена");
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException garbled) {
            throw BrokenRule.notVisible("Ссылка не найдена");
        }
        if (!MessageDigest.isEqual(signature, sign(payload))) {
            throw BrokenRule.notVisible("Ссылка не найдена");
        }
        try {
            return json.readValue(DECODER.decode(payload), Link.class);
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            throw BrokenRule.notVisible("Ссылка не найдена");
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] write(Link link) {
        try {
            return json.writeValueAsBytes(link);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
