package ru.nastavnik.contracts.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms of mentoring (форма наставничества) of the target model: the one list the registry, pairing and
 * monitoring share. Integration events carry the {@link #name() code}; people read the {@link #title() title}.
 * The two college forms are on the list because colleges run the target model too.
 */
public enum MentoringForm {
    PUPIL_PUPIL("ученик – ученик"),
    TEACHER_TEACHER("учитель – учитель"),
    STUDENT_PUPIL("студент – ученик"),
    EMPLOYER_PUPIL("работодатель – ученик"),
    STUDENT_STUDENT("студент – студент"),
    EMPLOYER_STUDENT("работодатель – студент");

    private final String title;

    MentoringForm(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The form named by its code or by its title as schools write it (any dash, spacing or case). */
    public static Optional<MentoringForm> of(String codeOrTitle) {
        if (codeOrTitle == null) {
            return Optional.empty();
        }
        String wanted = normalised(codeOrTitle);
        return Arrays.stream(values())
                .filter(form -> form.name().equalsIgnoreCase(codeOrTitle.strip()) || normalised(form.title).equals(wanted))
                .findFirst();
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*[-–—]\\s*", "-").replaceAll("\\s+", " ");
    }
}
