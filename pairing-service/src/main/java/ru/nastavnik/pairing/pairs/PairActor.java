package ru.nastavnik.pairing.pairs;

/**
 * Who acts on a pair: the school's staff (curator, head), the pair's mentor, or the platform itself (a sweep, the
 * registry's withdrawal, a pupil's one-time link that was checked before the command was sent).
 *
 * @param participantId the mentor's participant id when a mentor acts, else null
 */
public record PairActor(String schoolId, Kind kind, String participantId) {

    public enum Kind { STAFF, MENTOR, PLATFORM }

    public static PairActor staff(String schoolId) {
        return new PairActor(schoolId, Kind.STAFF, null);
    }

    public static PairActor mentor(String schoolId, String participantId) {
        return new PairActor(schoolId, Kind.MENTOR, participantId);
    }

    public static PairActor platform(String schoolId) {
        return new PairActor(schoolId, Kind.PLATFORM, null);
    }
}
