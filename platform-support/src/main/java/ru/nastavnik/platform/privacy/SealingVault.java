package ru.nastavnik.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data never reaches an event store in clear: each owner's texts (a person's, or a pair's notes) are
 * sealed with that owner's own key (AES-256-GCM) kept in the service's database. An event store is append-only, so
 * erasure destroys the key instead, and every copy of the texts in it becomes unreadable for good
 * (crypto-shredding). Each service names its own table of keys (columns: the owner's id, {@code key_bytes}).
 */
public class SealingVault {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final String table;
    private final String ownerColumn;

    public SealingVault(JdbcClient jdbc, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** The text sealed with the person's key (created on first use); an empty text stays empty. */
    public String seal(String ownerId, String plaintext) {
        if (plaintext == null || plaintext.isEmpty()) {
            return "";
        }
        byte[] key = keyOf(ownerId).orElseGet(() -> createKey(ownerId));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, plaintext.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                .put(iv).put(sealed).array());
    }

    /** The text in clear, or empty once the person's key is destroyed. */
    public Optional<String> open(String ownerId, String sealed) {
        if (sealed == null || sealed.isEmpty()) {
            return Optional.of("");
        }
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        return keyOf(ownerId).map(key -> {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            byte[] iv = java.util.Arrays.copyOfRange(all, 0, IV_BYTES);
            byte[] body = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
            return new String(crypt(Cipher.DECRYPT_MODE, key, iv, body), StandardCharsets.UTF_8);
        });
    }

    /** Destroys the person's key: whatever was sealed with it can never be read again. */
    public void shred(String ownerId) {
        jdbc.sql("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?").param(ownerId).update();
    }

    public boolean holdsKeyOf(String ownerId) {
        return keyOf(ownerId).isPresent();
    }

    private Optional<byte[]> keyOf(String ownerId) {
        return jdbc.sql("SELECT key_bytes FROM " + table + " WHERE " + ownerColumn + " = ?").param(ownerId)
                .query(byte[].class).optional();
    }

    private byte[] createKey(String ownerId) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        jdbc.sql("INSERT INTO " + table + " (" + ownerColumn + ", key_bytes) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(ownerId, key).update();
        return keyOf(ownerId).orElseThrow();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened"), e);
        }
    }
}
