package ru.nastavnik.registry.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds the same person entered twice (a spreadsheet imported again) without comparing names in the clear:
 * a digest of the normalised name and the birth date. It lives only in the read model and goes with the
 * person's other data when consent is withdrawn.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String fullName, LocalDate birthDate) {
        String normalised = fullName.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}]+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((normalised + "|" + birthDate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
