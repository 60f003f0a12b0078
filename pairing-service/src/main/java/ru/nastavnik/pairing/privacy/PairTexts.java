package ru.nastavnik.pairing.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.privacy.SealingVault;

/**
 * Free texts of pairing are sealed before any command is sent, so the event store never holds them in clear: a
 * pair's plan, meeting notes, reflections and the mentor's feedback with the pair's key, a mentee's feedback comment
 * with that mentee's key. When consent is withdrawn, the keys go (crypto-shredding) and only pseudonymous ids and
 * scores remain. In a group that goes on without a withdrawn mentee the pair's key stays: what the mentor wrote is
 * about the group's work; the withdrawn mentee's own words go with their key.
 */
@Component
public class PairTexts {

    private final SealingVault vault;

    PairTexts(JdbcClient jdbc) {
        this.vault = new SealingVault(jdbc, "sealing_key", "owner_id");
    }

    public String sealForPair(String pairId, String text) {
        return vault.seal(pairKey(pairId), text == null ? "" : text.strip());
    }

    public String sealForPerson(String participantId, String text) {
        return vault.seal(personKey(participantId), text == null ? "" : text.strip());
    }

    /** The text, or empty once the pair's key was destroyed. */
    public String openForPair(String pairId, String sealed) {
        return vault.open(pairKey(pairId), sealed).orElse("");
    }

    public String openForPerson(String participantId, String sealed) {
        return vault.open(personKey(participantId), sealed).orElse("");
    }

    public void shredPair(String pairId) {
        vault.shred(pairKey(pairId));
    }

    public void shredPerson(String participantId) {
        vault.shred(personKey(participantId));
    }

    public boolean holdsPairKey(String pairId) {
        return vault.holdsKeyOf(pairKey(pairId));
    }

    private static String pairKey(String pairId) {
        return "pair:" + pairId;
    }

    private static String personKey(String participantId) {
        return "person:" + participantId;
    }
}
