package ru.nastavnik.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem written without a framework: usable where no Spring bean is at hand (Tomcat's own valve, the
 * security firewall, filters that run before a controller). Russian text for people, a stable {@code type}.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://nastavnik.local/problems/";

    private ProblemJson() {
    }

    public static String of(int status, String type, String title, String detail) {
        return "{\"type\":\"" + escape(TYPE_BASE + type) + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = of(status, type, title, detail).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The Russian sentence for a status that a server answers before any controller could say more. */
    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "Запрос не удалось разобрать: адрес, заголовки или параметры содержат недопустимые символы.";
            case 401 -> "Запрос без действительного токена доступа. Войдите в систему и повторите.";
            case 403 -> "Действие недоступно.";
            case 404 -> "Такого адреса нет.";
            case 405 -> "Этот метод не поддерживается для данного адреса.";
            case 408 -> "Запрос передавался слишком долго.";
            case 413 -> "Запрос слишком большой.";
            case 414 -> "Адрес запроса слишком длинный.";
            case 431 -> "Заголовки запроса слишком велики.";
            case 503 -> "Сервис временно недоступен. Повторите попытку позже.";
            default -> status >= 500 ? "Не удалось выполнить запрос из-за внутренней ошибки. Повторите позже."
                    : "Запрос не может быть выполнен.";
        };
    }

    public static String titleOf(int status) {
        return switch (status) {
            case 401 -> "Требуется вход в систему";
            case 403 -> "Нет доступа";
            case 404 -> "Не найдено";
            case 413 -> "Слишком большой запрос";
            case 503 -> "Сервис недоступен";
            default -> status >= 500 ? "Внутренняя ошибка" : "Некорректный запрос";
        };
    }

    static String typeOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 413 -> "payload-too-large";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
