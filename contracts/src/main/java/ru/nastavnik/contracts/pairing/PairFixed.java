package ru.nastavnik.contracts.pairing;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * The head's order fixed a mentoring pair or group (закрепление приказом): from {@code fixedOn} it is active.
 * People appear by their pseudonymous registry ids only; the order's number stays in pairing.
 *
 * @param form  a {@link ru.nastavnik.contracts.vocabulary.MentoringForm} name
 * @param group true for a group (one mentor, several mentees)
 */
public record PairFixed(String pairId, String schoolId, String municipalityId, String form, boolean group,
                        String mentorId, List<String> menteeIds, LocalDate fixedOn) implements IntegrationEvent {

    public PairFixed {
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return pairId;
    }
}
