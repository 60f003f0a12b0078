package ru.nastavnik.registry.api;

import java.time.Instant;

/**
 * A practice or a programme shared with the municipality.
 *
 * @param schoolName who published it: a school, or «Управление образования»
 * @param status     PUBLISHED or WITHDRAWN
 */
public record PublicationView(String id, String kind, String kindTitle, String schoolId, String schoolName,
                              String municipalityId, String title, String form, String summary, String results,
                              String link, String period, String status, Instant publishedAt, long version) {
}
