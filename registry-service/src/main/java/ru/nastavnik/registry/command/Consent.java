package ru.nastavnik.registry.command;

import java.time.LocalDate;
import java.util.Set;

/**
 * A recorded consent to personal-data processing (152-ФЗ).
 *
 * @param sealedSignerName the guardian's name, sealed; empty when the person signed for themselves
 */
public record Consent(ConsentSigner signedBy, String sealedSignerName, LocalDate signedOn, Set<ConsentScope> scopes) {

    public Consent {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        sealedSignerName = sealedSignerName == null ? "" : sealedSignerName;
    }
}
