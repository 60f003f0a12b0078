package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Share a practice or a programme with the whole municipality. It is the organisation that publishes: no person's
 * name is asked for.
 *
 * @param schoolId the publishing school; null when the department publishes
 * @param period   the school year of a programme (2026/2027); empty for a practice
 */
public record PublishCommand(@TargetAggregateIdentifier String publicationId, PublicationKind kind, String schoolId,
                             String municipalityId, String title, String form, String summary, String results,
                             String link, String period) {
}
