package ru.nastavnik.pairing.matching;

/** How many mentors a rule excluded (each mentor counted once, under the first rule it fails). */
public record RuleCount(Rule rule, int mentors) {
}
