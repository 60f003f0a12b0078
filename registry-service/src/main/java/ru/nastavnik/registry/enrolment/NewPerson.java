package ru.nastavnik.registry.enrolment;

import java.time.LocalDate;
import java.util.Set;

import ru.nastavnik.registry.command.ConsentScope;
import ru.nastavnik.registry.command.ConsentSigner;
import ru.nastavnik.contracts.vocabulary.MentoringRequest;
import ru.nastavnik.registry.command.ParticipantCategory;
import ru.nastavnik.registry.command.ParticipantRole;

/**
 * A person as a school describes them, from the form or a spreadsheet row, with the consent they (or their
 * guardian) signed. Personal fields are in clear here, at the edge, and only here.
 *
 * @param partnerId the partner organisation of an employee-mentor, else null
 */
public record NewPerson(ParticipantRole role, ParticipantCategory category, String fullName, LocalDate birthDate,
                        String contacts, Integer grade, Integer experienceYears, ConsentSigner signedBy,
                        String signerName, LocalDate signedOn, Set<ConsentScope> scopes, Set<MentoringRequest> requests,
                        String requestNote, String partnerId) {

    public NewPerson {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        requests = requests == null ? Set.of() : Set.copyOf(requests);
    }

    public NewPerson withPartner(String partner) {
        return new NewPerson(role, category, fullName, birthDate, contacts, grade, experienceYears, signedBy,
                signerName, signedOn, scopes, requests, requestNote, partner);
    }

    String normalisedName() {
        return fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
    }
}
