package ru.nastavnik.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner organisation of a school with its agreements and how many mentors it provides.
 *
 * @param mentors the partner's employees in the school's base of mentors (consent not withdrawn)
 */
public record PartnerView(String id, String schoolId, String municipalityId, String name, String kind, String kindTitle, String inn,
                          String contacts, List<Agreement> agreements, int mentors, Instant registeredAt) {

    /** @param active in force today: signed, and its term not over */
    public record Agreement(String id, String number, LocalDate signedOn, LocalDate validUntil, String subject,
                            boolean active) {
    }
}
