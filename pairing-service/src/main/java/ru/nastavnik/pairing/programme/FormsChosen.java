package ru.nastavnik.pairing.programme;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** The forms of a school year were chosen on that day: the pairs are due within two weeks. */
public record FormsChosen(String schoolId, String municipalityId, String schoolYear, List<MentoringForm> forms,
                          LocalDate chosenOn) {
}
