package ru.nastavnik.pairing.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The school's curator sets how matching weighs and how stalls are found. */
public record ConfigureProgrammeCommand(@TargetAggregateIdentifier String schoolId, String municipalityId,
                                        ProgrammeSettings settings) {
}
