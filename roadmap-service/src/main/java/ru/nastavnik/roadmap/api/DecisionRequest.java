package ru.nastavnik.roadmap.api;

import jakarta.validation.constraints.Size;

/** The department's decision on a submitted roadmap; a return needs the comment. */
public record DecisionRequest(@Size(max = 4000, message = "не длиннее 4000 символов") String comment) {
}
