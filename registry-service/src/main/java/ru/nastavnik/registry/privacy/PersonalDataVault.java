package ru.nastavnik.registry.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.privacy.SealingVault;

/**
 * A person's personal data, sealed with that person's own key before any command is sent: the registry's event
 * store never holds it in clear, and withdrawal of consent destroys the key (see {@link SealingVault}).
 */
@Component
public class PersonalDataVault extends SealingVault {

    PersonalDataVault(JdbcClient jdbc) {
        super(jdbc, "person_key", "person_id");
    }
}
