package ru.nastavnik.pairing.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * One-time links for pupils, who have no accounts: a link names one meeting and one mentee, is signed with the
 * service's secret (HMAC-SHA256), expires in 14 days and works once. The signature makes it unforgeable; the
 * database row makes it single-use (marked used in the feedback's own transaction).
 */
@Component
class FeedbackLinks {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a link stands for. */
    record Link(String linkId, String pairId, String meetingId, String menteeId, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final byte[] secret;

    FeedbackLinks(JdbcClient jdbc, ObjectMapper json, Clock clock,
                  @Value("${nastavnik.pairing.link-secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("nastavnik.pairing.link-secret (NASTAVNIK_LINK_SECRET) must be at least "
                    + "32 characters: it signs the pupils' one-time feedback links");
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A new link; the token is what goes into the address. */
    String issue(String pairId, String meetingId, String menteeId) {
        Link link = new Link(UUID.randomUUID().toString(), pairId, meetingId, menteeId,
                clock.instant().plus(VALID_FOR).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        jdbc.sql("INSERT INTO feedback_link (id, pair_id, meeting_id, mentee_id, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(link.linkId(), pairId, meetingId, menteeId, Timestamp.from(link.expiresAt())).update();
        String payload = ENCODER.encodeToString(write(link));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The link behind a token that is genuine, unused and not expired; anything else is refused plainly. */
    Link open(String token) {
        Link link = verified(token);
        boolean used = jdbc.sql("SELECT used_at IS NOT NULL FROM feedback_link WHERE id = ?").param(link.linkId())
                .query(Boolean.class).optional()
                .orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        if (used) {
            throw BrokenRule.state("link-used", "По этой ссылке уже ответили: ссылка одноразовая");
        }
        if (clock.instant().isAfter(link.expiresAt())) {
            throw BrokenRule.state("link-expired", "Срок действия ссылки истёк: попросите наставника прислать новую");
        }
        return link;
    }

    /** Marks the link used; false when another answer got there first. */
    boolean use(Link link) {
        return jdbc.sql("UPDATE feedback_link SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), link.linkId()).update() == 1;
    }

    private Link verified(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
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
