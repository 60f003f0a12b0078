package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A school chose the forms of mentoring of its programme for a school year (выбор модели): the pairs are due
 * within two weeks. {@code forms} are {@link ru.nastavnik.contracts.vocabulary.MentoringForm} names.
 */
public record ProgrammeFormsChosen(String schoolId, String municipalityId, String schoolYear, List<String> forms,
                                   LocalDate chosenOn) implements IntegrationEvent {

    public ProgrammeFormsChosen {
        forms = List.copyOf(forms);
    }

    @Override
    public String aggregateId() {
        return schoolId;
    }
}
