package ru.nastavnik.registry.command;

/** Who signed the consent to personal-data processing (152-ФЗ): the person, or a guardian for a minor. */
public enum ConsentSigner {
    PERSON("Сам участник"),
    GUARDIAN("Родитель (законный представитель)");

    private final String title;

    ConsentSigner(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
