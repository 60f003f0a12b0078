package ru.nastavnik.monitoring.definitions;

import ru.nastavnik.platform.security.Caller;

/** The region's definitions are everybody's; a department's own version is its municipality's and the region's. */
public final class DefinitionVisibility {

    private DefinitionVisibility() {
    }

    public static boolean visible(Caller caller, IndicatorDefinition definition) {
        return definition.municipalityId() == null || caller.hasRole(Caller.REGIONAL_ANALYST)
                || definition.municipalityId().equals(caller.municipalityId());
    }

    public static int parseVersion(String text) {
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("Версия (version) — целое число от 1");
    }
}
