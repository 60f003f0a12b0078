package ru.nastavnik.edge;

/**
 * Text a person can type. PostgreSQL refuses U+0000 in text, XML (Word and Excel files) refuses most control
 * characters, and a lone surrogate is not text at all: all are refused where input enters, with the field named.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first character that no field may hold, or -1 when the text is clean. Tab and line breaks are text. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return c;
            }
            if (Character.isLowSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    public static String describe(int character) {
        return String.format("U+%04X", character);
    }
}
