package ru.nastavnik.contracts.registry;

import ru.nastavnik.contracts.IntegrationEvent;

/** A school (ОО) or supplementary education organisation (ДО) joined the platform. */
public record SchoolRegistered(String schoolId, String municipalityId, String regionId, String name,
                               String kind) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return schoolId;
    }
}
