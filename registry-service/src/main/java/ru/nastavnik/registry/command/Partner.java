package ru.nastavnik.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

/** An organisation that works with a school under agreements and may provide mentors from its staff. */
@Aggregate
class Partner {

    private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");

    @AggregateIdentifier
    private String partnerId;
    private String schoolId;
    private String municipalityId;
    private final Set<String> agreementNumbers = new HashSet<>();

    Partner() {
        // for Axon
    }

    @CommandHandler
    Partner(RegisterPartnerCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw RuleViolationException.unprocessable("partner-name-required", "Укажите название организации");
        }
        String inn = command.inn() == null ? "" : command.inn().strip();
        if (!inn.isEmpty() && !INN.matcher(inn).matches()) {
            throw RuleViolationException.unprocessable("inn-format",
                    "ИНН — 10 цифр у организации или 12 у индивидуального предпринимателя");
        }
        apply(new PartnerRegistered(command.partnerId(), command.schoolId(), command.municipalityId(),
                command.name().strip(), command.kind(), inn,
                command.contacts() == null ? "" : command.contacts().strip()));
    }

    @CommandHandler
    void handle(SignPartnerAgreementCommand command) {
        if (!schoolId.equals(command.actingSchoolId())) {
            throw new NotFoundException("Организация-партнёр не найдена");
        }
        String number = command.number() == null ? "" : command.number().strip();
        if (number.isEmpty()) {
            throw RuleViolationException.unprocessable("agreement-number-required", "Укажите номер соглашения");
        }
        if (agreementNumbers.contains(number)) {
            throw RuleViolationException.conflict("agreement-number-taken",
                    "Соглашение № " + number + " с этой организацией уже записано");
        }
        if (command.signedOn() == null || command.signedOn().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("agreement-date",
                    "Дата соглашения не может быть позже сегодняшнего дня");
        }
        if (command.validUntil() != null && command.validUntil().isBefore(command.signedOn())) {
            throw RuleViolationException.unprocessable("agreement-term",
                    "Соглашение не может закончиться раньше, чем подписано");
        }
        apply(new PartnerAgreementSigned(partnerId, schoolId, municipalityId, command.agreementId(), number,
                command.signedOn(), command.validUntil(),
                command.subject() == null ? "" : command.subject().strip()));
    }

    @EventSourcingHandler
    void on(PartnerRegistered event) {
        partnerId = event.partnerId();
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
    }

    @EventSourcingHandler
    void on(PartnerAgreementSigned event) {
        agreementNumbers.add(event.number());
    }
}
