package ru.nastavnik.edge;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that decodes to a control character or is not valid percent-encoding: such a value
 * would reach a database query (PostgreSQL refuses U+0000 with an error) or a page. Answered 400 problem+json.
 */
public class QueryStringGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            String problem = problemOf(query);
            if (problem != null) {
                ProblemJson.write(response, 400, "bad-request", "Некорректный запрос", problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static String problemOf(String query) {
        for (String pair : query.split("&")) {
            String decoded;
            try {
                decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return "Параметры адреса закодированы неверно.";
            }
            int forbidden = ControlCharacters.firstForbidden(decoded);
            if (forbidden >= 0) {
                String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
                return "Параметр «" + printable(name) + "» содержит недопустимый символ "
                        + ControlCharacters.describe(forbidden) + ".";
            }
        }
        return null;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(c -> c >= 0x20 && !Character.isSurrogate((char) c)).limit(40).forEach(out::appendCodePoint);
        return out.toString();
    }
}
