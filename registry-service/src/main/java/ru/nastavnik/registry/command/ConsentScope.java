package ru.nastavnik.registry.command;

/** What a consent allows; processing for the programme is the one without which nothing is stored. */
public enum ConsentScope {
    PROCESSING("Обработка персональных данных для программы наставничества"),
    PHOTO_AND_VIDEO("Фото- и видеосъёмка на мероприятиях"),
    PUBLICATION("Публикация результатов на сайте организации");

    private final String title;

    ConsentScope(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
