package ru.nastavnik.registry.query;

/**
 * What the municipality shares: by kind and form, a text found in the title, the summary or the results; withdrawn
 * ones only for their owner's own list.
 */
public record FindPublicationsQuery(String municipalityId, String kind, String form, String text) {
}
