package ru.nastavnik.registry.command;

import java.util.List;

/** The forms of mentoring of the target model (DOMAIN.md) as schools name them; a controlled list. */
public final class MentoringForms {

    public static final List<String> ALL = List.of("ученик – ученик", "учитель – учитель", "студент – ученик",
            "работодатель – ученик", "студент – студент", "работодатель – студент");

    private MentoringForms() {
    }
}
