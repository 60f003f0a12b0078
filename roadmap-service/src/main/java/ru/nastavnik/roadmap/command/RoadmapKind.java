package ru.nastavnik.roadmap.command;

/** Whose roadmap it is and what it is for. */
public enum RoadmapKind {
    /** A school's plan: agreed with the department, adopted by the head's order, executed by the school. */
    SCHOOL,
    /** The department's own plan for its district (seed 001): adopted by the department's order and executed by it. */
    MUNICIPAL,
    /** Stages the department issues for its schools to start from (seed 002): issued by order, never executed. */
    TEMPLATE
}
