package ru.nastavnik.roadmap.command;

/** Where a roadmap is in its life. */
public enum RoadmapStatus {
    /** Черновик: the school is still writing it. */
    DRAFT,
    /** На согласовании: waiting for the municipal department. */
    SUBMITTED
}
