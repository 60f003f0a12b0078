package ru.nastavnik.platform.web;

/** The {@code If-Match} header as the version the editor saw: the ETag a GET returned («"3"» or «W/"3"»). */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null when the header is absent (the edit then applies to whatever is current). */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Заголовок If-Match должен содержать версию из ETag, например \"3\"");
        }
    }
}
