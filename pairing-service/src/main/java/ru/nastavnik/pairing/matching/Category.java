package ru.nastavnik.pairing.matching;

import java.util.Arrays;
import java.util.Locale;

/**
 * A participant's category as the registry names it. The pair of categories decides the form of mentoring, so the
 * engine needs them typed; {@link #of(String)} reads the registry's code.
 */
public enum Category {
    PUPIL,
    YOUNG_TEACHER,
    NEW_TEACHER,
    TEACHER,
    GRADUATE,
    COLLEGE_STUDENT,
    PARTNER_EMPLOYEE;

    /** The category with this registry code (case-insensitive); an unknown code is a caller's bug, not a rule. */
    public static Category of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("category code is missing");
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(category -> category.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown participant category: " + code));
    }
}
