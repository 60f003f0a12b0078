package ru.nastavnik.roadmap.command;

/**
 * Where a roadmap is in its life: draft → submitted → agreed or returned → adopted (executed) → closed.
 * The department's own roadmaps skip agreement; a template is issued instead of executed.
 */
public enum RoadmapStatus {
    /** Черновик: the school is still writing it. */
    DRAFT,
    /** На согласовании: waiting for the municipal department. */
    SUBMITTED,
    /** Возвращена на доработку: the department sent it back with comments. */
    RETURNED,
    /** Согласована: the department agreed; waits for the head's order. */
    AGREED,
    /** Утверждена приказом и исполняется. */
    IN_EXECUTION,
    /** Шаблон утверждён приказом управления образования: schools may start from it. */
    ISSUED,
    /** Закрыта: the period is over and reported; a closed template is withdrawn. */
    CLOSED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
