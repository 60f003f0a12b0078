package ru.nastavnik.roadmap.query;

/** The steps of a roadmap's life as its history shows them. */
enum HistoryStep {
    CREATED("Создан черновик"),
    ACTION_ADDED("Добавлено мероприятие"),
    ACTION_CHANGED("Изменено мероприятие"),
    ACTION_REMOVED("Удалено мероприятие"),
    SUBMITTED("Отправлена на согласование"),
    RETURNED("Возвращена на доработку"),
    AGREED("Согласована управлением образования"),
    ADOPTED("Утверждена приказом"),
    ISSUED("Шаблон утверждён приказом управления образования"),
    ANCHORED("Срок привязан к мероприятию"),
    CLOSED("Закрыта");

    private final String title;

    HistoryStep(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
