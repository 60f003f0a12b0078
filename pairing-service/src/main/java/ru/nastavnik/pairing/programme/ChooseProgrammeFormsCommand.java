package ru.nastavnik.pairing.programme;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** The school chose the forms of mentoring for a school year (выбор модели наставничества). */
public record ChooseProgrammeFormsCommand(@TargetAggregateIdentifier String schoolId, String municipalityId,
                                          String schoolYear, Set<MentoringForm> forms, LocalDate chosenOn,
                                          LocalDate today) {
}
