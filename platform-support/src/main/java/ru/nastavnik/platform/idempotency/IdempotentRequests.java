package ru.nastavnik.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.nastavnik.edge.ProblemJson;

/**
 * {@code Idempotency-Key} on every create, as payment APIs do: a client whose request timed out sends it again
 * with the same key and gets the first answer instead of a second roadmap, partner or person.
 *
 * <p>The request runs inside one database transaction that also holds the key: the aggregate's events, the
 * projections and the remembered answer commit together or not at all. A crash before the commit leaves nothing,
 * so the retry simply runs; a crash after it leaves the answer, which the retry gets. Two copies sent at once are
 * serialised by the key's primary key: the second waits for the first's commit and then replays its answer.
 *
 * <p>Only creates are remembered (201 and 202); any other answer forgets the key with the transaction's outcome
 * unchanged. Of a create's answer only its status, Location, ETag and the identifiers at the top of its JSON body
 * ({@code id}, {@code …Id}; a list such as {@code pairIds} is not kept) are kept, and a retry gets those: some creates answer with the created thing itself (a pair card with its
 * meeting notes), and a person's words must not outlive them in a side table. A key used for a different request
 * is refused (422). Keys are the caller's own and live a day; expired ones are swept for every caller.
 */
public class IdempotentRequests extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,100}");
    /** Creates are small JSON documents; a bigger body is refused before it is buffered. */
    static final int LARGEST_BODY = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<String> caller = callerOf();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            ProblemJson.write(response, 400, "idempotency-key", "Некорректный запрос",
                    "Заголовок Idempotency-Key — от 1 до 100 печатных латинских символов, например UUID.");
            return;
        }
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        // a multipart upload is read by the servlet container itself: it is fingerprinted by its size, not buffered
        if (!multipart && request.getContentLengthLong() > LARGEST_BODY) {
            tooLarge(response);
            return;
        }
        byte[] body = multipart ? new byte[0] : request.getInputStream().readNBytes(LARGEST_BODY + 1);
        if (body.length > LARGEST_BODY) {
            tooLarge(response);
            return;
        }
        HttpServletRequest replayable = multipart ? request : new BufferedBody(request, body);
        String fingerprint = fingerprint(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);

        sweepExpired();
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> run(caller.get(), key, fingerprint, replayable, answer, chain,
                    status));
        } catch (UnexpectedFailure failure) {
            throw failure.unwrap();
        } catch (org.springframework.transaction.TransactionException notCommitted) {
            ProblemJson.write(response, 500, "internal", "Внутренняя ошибка",
                    "Действие не сохранено. Повторите запрос с тем же ключом.");
            return;
        }
        switch (outcome) {
            case Outcome.Ran ran -> answer.copyBodyToResponse();
            case Outcome.Replayed replayed -> replay(replayed.remembered(), response);
            case Outcome.OtherRequest other -> ProblemJson.write(response, 422, "idempotency-key-reused",
                    "Ключ уже использован", "Этот Idempotency-Key уже использован для другого запроса. Для нового "
                            + "запроса создайте новый ключ.");
        }
    }

    private Outcome run(String caller, String key, String fingerprint, HttpServletRequest request,
                        ContentCachingResponseWrapper answer, FilterChain chain, TransactionStatus status) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, created_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(caller, key, fingerprint, Timestamp.from(now)).update();
        if (claimed == 0) {
            Remembered remembered = jdbc.sql("""
                            SELECT fingerprint, status, content_type, location, etag, body FROM idempotent_request
                            WHERE caller = ? AND idempotency_key = ?""")
                    .params(caller, key)
                    .query((rs, row) -> new Remembered(rs.getString("fingerprint"), rs.getInt("status"),
                            rs.getString("content_type"), rs.getString("location"), rs.getString("etag"),
                            rs.getBytes("body")))
                    .single();
            return remembered.fingerprint().equals(fingerprint) ? new Outcome.Replayed(remembered)
                    : new Outcome.OtherRequest();
        }
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            status.setRollbackOnly();
            throw new UnexpectedFailure(failure);
        }
        int code = answer.getStatus();
        if (code == 201 || code == 202) {
            jdbc.sql("""
                            UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                            WHERE caller = ? AND idempotency_key = ?""")
                    .params(code, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                            answer.getHeader(HttpHeaders.ETAG), identifiersOnly(answer.getContentAsByteArray()),
                            caller, key)
                    .update();
        } else if (code >= 400) {
            // a refused request wrote nothing; the key may be used again for a corrected one
            status.setRollbackOnly();
        } else {
            jdbc.sql("DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ?").params(caller, key)
                    .update();
        }
        return new Outcome.Ran();
    }

    /**
     * Deletes a batch of expired keys of every caller in a short transaction of its own, skipping rows another
     * request holds: the sweep never waits for, nor makes wait, a request in progress.
     */
    private void sweepExpired() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        DELETE FROM idempotent_request WHERE ctid IN (SELECT ctid FROM idempotent_request
                          WHERE created_at < ? LIMIT 100 FOR UPDATE SKIP LOCKED)""")
                .params(Timestamp.from(clock.instant().minus(KEPT))).update());
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        ProblemJson.write(response, 413, "payload-too-large", "Слишком большой запрос",
                "Тело запроса больше " + LARGEST_BODY / 1024 / 1024 + " МБ.");
    }

    /**
     * The identifiers at the top of a JSON object ({@code id}, {@code roadmapId}, …) and nothing else: what a client
     * needs from a create's answer to go on, and nothing a person wrote.
     */
    static byte[] identifiersOnly(byte[] body) {
        try {
            JsonNode answer = JSON.readTree(body);
            if (answer == null || !answer.isObject()) {
                return new byte[0];
            }
            ObjectNode kept = JSON.createObjectNode();
            answer.properties().forEach(field -> {
                boolean identifier = field.getKey().equals("id") || field.getKey().endsWith("Id");
                if (identifier && (field.getValue().isTextual() || field.getValue().isNumber())) {
                    kept.set(field.getKey(), field.getValue());
                }
            });
            return JSON.writeValueAsBytes(kept);
        } catch (IOException notJson) {
            return new byte[0];
        }
    }

    private static void replay(Remembered remembered, HttpServletResponse response) throws IOException {
        response.setStatus(remembered.status());
        if (remembered.contentType() != null) {
            response.setContentType(remembered.contentType());
        }
        if (remembered.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, remembered.location());
        }
        if (remembered.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, remembered.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = remembered.body() == null ? new byte[0] : remembered.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Optional<String> callerOf() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                ? Optional.empty() : Optional.of(authentication.getName());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
                    + request.getContentLengthLong() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private sealed interface Outcome {
        record Ran() implements Outcome {
        }

        record Replayed(Remembered remembered) implements Outcome {
        }

        record OtherRequest() implements Outcome {
        }
    }

    private record Remembered(String fingerprint, int status, String contentType, String location, String etag,
                              byte[] body) {
    }

    /** Carries a checked failure of the request out of the transaction callback, after rolling it back. */
    private static final class UnexpectedFailure extends RuntimeException {
        private final Exception failure;

        UnexpectedFailure(Exception failure) {
            super(failure);
            this.failure = failure;
        }

        ServletException unwrap() throws IOException {
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            return (ServletException) failure;
        }
    }

    /** The request with its body read once and served again to the controller. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reading only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
