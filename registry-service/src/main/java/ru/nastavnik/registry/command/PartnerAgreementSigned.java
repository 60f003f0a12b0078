package ru.nastavnik.registry.command;

import java.time.LocalDate;

public record PartnerAgreementSigned(String partnerId, String schoolId, String municipalityId, String agreementId,
                                     String number, LocalDate signedOn, LocalDate validUntil, String subject) {
}
