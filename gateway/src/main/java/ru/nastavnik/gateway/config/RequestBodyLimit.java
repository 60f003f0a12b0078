package ru.nastavnik.gateway.config;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import ru.nastavnik.edge.ProblemJson;

/**
 * A body larger than the service behind it accepts is refused here with 413 problem+json. Streamed on, the service
 * would answer 413 and close the connection half way, and the gateway, still writing, would fail with a broken
 * pipe and answer 500. A declared length is checked before anything is sent; a chunked body is counted as it goes.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final List<NastavnikProperties.BodyLimit> limits;

    RequestBodyLimit(List<NastavnikProperties.BodyLimit> limits) {
        // the longest path wins: /api/roadmaps/ before /api/
        this.limits = limits.stream()
                .sorted(Comparator.comparingInt((NastavnikProperties.BodyLimit limit) -> limit.path().length()).reversed())
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request.getRequestURI());
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (isTooLarge(failure) && !response.isCommitted()) {
                refuse(response, limit);
                return;
            }
            throw failure;
        }
    }

    long limitOf(String path) {
        return limits.stream().filter(limit -> path.startsWith(limit.path())).findFirst()
                .map(limit -> limit.max().toBytes()).orElse(-1L);
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        ProblemJson.write(response, 413, "payload-too-large", "Слишком большой запрос",
                "Запрос больше " + Math.max(1, limit / (1024 * 1024)) + " МБ: уменьшите файл или разделите его на части.");
    }

    private static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("Request body over the limit");
        }
    }

    /** A body without a declared length, counted while it is read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > limit) {
                            throw new TooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
