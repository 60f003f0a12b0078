package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register an organisation of the municipality.
 *
 * @param schoolId a stable code, the same one the school's staff carry in their accounts
 * @param kind     {@link SchoolKind}
 */
public record RegisterSchoolCommand(@TargetAggregateIdentifier String schoolId, String municipalityId,
                                    String regionId, String name, SchoolKind kind) {
}
