package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawPublicationCommand(@TargetAggregateIdentifier String publicationId,
                                         String actingOrganisationId) {
}
