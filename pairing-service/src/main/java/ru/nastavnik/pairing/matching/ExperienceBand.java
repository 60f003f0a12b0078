package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/** A teacher's band of professional experience, as the registry records it ("0-3" or "over-3"). */
public enum ExperienceBand {
    /** 0–3 years: a young teacher, who may not mentor another teacher. */
    UP_TO_3("0-3"),
    OVER_3("over-3");

    private final String code;

    ExperienceBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The band with this registry code; {@code null} stays {@code null} (the band is unknown). */
    public static ExperienceBand of(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(band -> band.code.equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown experience band: " + code));
    }
}
