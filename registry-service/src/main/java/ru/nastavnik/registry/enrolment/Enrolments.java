package ru.nastavnik.registry.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.command.Consent;
import ru.nastavnik.registry.command.EnrolParticipantCommand;
import ru.nastavnik.registry.command.EnrolmentRules;
import ru.nastavnik.registry.command.ParticipantRole;
import ru.nastavnik.registry.command.RecordMenteeRequestsCommand;
import ru.nastavnik.registry.command.SealedPersonalData;
import ru.nastavnik.registry.privacy.Fingerprint;
import ru.nastavnik.registry.privacy.PersonalDataVault;
import ru.nastavnik.registry.api.PartnerView;
import ru.nastavnik.registry.query.FindParticipantFingerprintQuery;
import ru.nastavnik.registry.query.FindPartnerQuery;

/**
 * Entering a person into a base, one at a time from the form or by the hundred from a spreadsheet: the same
 * checks (the aggregate's rules, the duplicate), the same sealing of personal fields, the same command.
 */
@Component
public class Enrolments {

    /** Sealed fields are checked for presence only in a preview: a marker stands in for them, nothing is sealed. */
    private static final String PRESENT = "preview";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final Clock clock;

    Enrolments(CommandGateway commands, QueryGateway queries, PersonalDataVault vault, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Why the person cannot be entered (a rule, in Russian; code {@code participant-exists} for a duplicate), or
     * nothing: checked with the aggregate's own rules, without storing anything.
     */
    public Optional<RuleViolationException> problemOf(NewPerson person, String schoolId, String municipalityId) {
        try {
            EnrolmentRules.requireEnrollable(command("preview", person, schoolId, municipalityId, this::marker));
            requireNew(person, schoolId);
            return Optional.empty();
        } catch (RuleViolationException problem) {
            return Optional.of(problem);
        }
    }

    /** Enters the person and their requests; answers the new participant's id. */
    public String enrol(NewPerson person, String schoolId, String municipalityId) {
        requireNew(person, schoolId);
        requireOwnPartner(person, schoolId);
        String participantId = UUID.randomUUID().toString();
        // sealing creates the person's key; if the command is refused, the unused key is destroyed again
        try {
            commands.sendAndWait(command(participantId, person, schoolId, municipalityId,
                    text -> vault.seal(participantId, text)));
            if (person.role() == ParticipantRole.MENTEE && (!person.requests().isEmpty() || present(person.requestNote()))) {
                commands.sendAndWait(new RecordMenteeRequestsCommand(participantId, schoolId, person.requests(),
                        vault.seal(participantId, strip(person.requestNote()))));
            }
        } catch (RuntimeException refused) {
            vault.shred(participantId);
            throw refused;
        }
        return participantId;
    }

    /** Names the same person twice in one file are told apart by this. */
    public static String fingerprintOf(NewPerson person) {
        return person.birthDate() == null ? "" : Fingerprint.of(person.normalisedName(), person.birthDate());
    }

    /** An employee-mentor comes from one of the school's own partners. */
    private void requireOwnPartner(NewPerson person, String schoolId) {
        if (person.partnerId() == null) {
            return;
        }
        boolean own = queries.query(new FindPartnerQuery(person.partnerId()),
                        ResponseTypes.optionalInstanceOf(PartnerView.class)).join()
                .filter(partner -> partner.schoolId().equals(schoolId)).isPresent();
        if (!own) {
            throw RuleViolationException.unprocessable("partner-unknown",
                    "Такой организации-партнёра нет среди партнёров школы");
        }
    }

    private void requireNew(NewPerson person, String schoolId) {
        if (person.birthDate() == null || person.normalisedName().isEmpty()) {
            return;
        }
        String fingerprint = Fingerprint.of(person.normalisedName(), person.birthDate());
        if (queries.query(new FindParticipantFingerprintQuery(schoolId, fingerprint),
                ResponseTypes.optionalInstanceOf(String.class)).join().isPresent()) {
            throw RuleViolationException.conflict("participant-exists",
                    "Этот человек уже есть в базе организации (совпали ФИО и дата рождения)");
        }
    }

    private EnrolParticipantCommand command(String participantId, NewPerson person, String schoolId,
                                            String municipalityId, java.util.function.UnaryOperator<String> seal) {
        LocalDate today = LocalDate.now(clock);
        int age = person.birthDate() == null ? -1 : Period.between(person.birthDate(), today).getYears();
        return new EnrolParticipantCommand(participantId, schoolId, municipalityId, person.role(), person.category(),
                age < 0 ? null : ageBand(age), age >= 0 && age < 18, person.grade(),
                experienceBand(person.experienceYears()),
                new Consent(person.signedBy(), seal.apply(strip(person.signerName())), person.signedOn(), person.scopes()),
                new SealedPersonalData(seal.apply(person.normalisedName()),
                        seal.apply(person.birthDate() == null ? "" : person.birthDate().toString()),
                        seal.apply(strip(person.contacts()))),
                today, person.partnerId());
    }

    private String marker(String text) {
        return text.isEmpty() ? "" : PRESENT;
    }

    static String ageBand(int age) {
        return age < 10 ? "under-10" : age <= 14 ? "10-14" : age <= 18 ? "15-18" : "adult";
    }

    static String experienceBand(Integer years) {
        return years == null ? null : years <= 3 ? "0-3" : "over-3";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
