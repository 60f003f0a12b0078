package ru.nastavnik.contracts.registry;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A school signed an agreement (соглашение) with a partner organisation that provides mentors: in force from
 * {@code signedOn} to {@code validUntil} inclusive ({@code null}: open-ended). The partner's name stays in the registry.
 */
public record PartnerAgreementSigned(String partnerId, String schoolId, String municipalityId, String agreementId,
                                     LocalDate signedOn, LocalDate validUntil) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return partnerId;
    }
}
