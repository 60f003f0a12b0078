package ru.nastavnik.contracts.monitoring;

/** A pair count's part for one form of mentoring ({@code form}: a MentoringForm code). Pairs, not people. */
public record FeedFormCount(String form, long value) {
}
