package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A school records an organisation it works with. Organisations are not people: their name, ИНН and public
 * contacts are kept in clear.
 *
 * @param inn 10 digits (an organisation) or 12 (an entrepreneur); empty when unknown
 */
public record RegisterPartnerCommand(@TargetAggregateIdentifier String partnerId, String schoolId,
                                     String municipalityId, String name, PartnerKind kind, String inn,
                                     String contacts) {
}
