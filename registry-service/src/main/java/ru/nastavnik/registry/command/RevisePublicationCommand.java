package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** @param actingOrganisationId the school, or the municipality for the department's own publications */
public record RevisePublicationCommand(@TargetAggregateIdentifier String publicationId,
                                       @TargetAggregateVersion Long expectedVersion, String actingOrganisationId,
                                       String title, String form, String summary, String results, String link,
                                       String period) {
}
