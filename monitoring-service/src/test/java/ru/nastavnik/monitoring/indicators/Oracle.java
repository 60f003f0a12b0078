package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.contracts.pairing.PairStalled;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.PartnerAgreementSigned;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolMoved;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;

/**
 * The default indicators computed the plain way, straight from the generated events and the words,
 * sharing no code and no SQL with the service: day by day loops over plain Java objects.
 */
final class Oracle {

    /** numerator, denominator (null for a number) and, for pair counts, the numerator per form. */
    record Expected(long numerator, Long denominator, Map<String, Long> byForm) {
    }

    private record Pair(String school, String form, LocalDate fixed, List<String> mentees, String mentor,
                        Map<String, LocalDate> left, LocalDate[] end, String[] endKind,
                        TreeMap<LocalDate, Boolean> stalls) {
    }

    private final GeneratedHistory history;
    private final Map<String, TreeMap<LocalDate, String>> municipalityFrom = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, String>> regionFrom = new HashMap<>();
    private final Map<String, ParticipantEnrolled> people = new HashMap<>();
    private final Map<String, Pair> pairs = new HashMap<>();
    private final Map<String, Map<LocalDate, SchoolHeadcountReported>> headcounts = new HashMap<>();
    private final List<PartnerAgreementSigned> agreements = new ArrayList<>();
    private final List<MeetingHeld> meetings = new ArrayList<>();
    private final Map<String, LocalDate[]> dueDates = new HashMap<>(); // key → {due, doneOn, cancelledOn}
    private final Map<String, Boolean> doneOnTime = new HashMap<>();
    private final Map<String, String> dueSchool = new HashMap<>();

    Oracle(GeneratedHistory history) {
        this.history = history;
        for (GeneratedHistory.Dated dated : history.events) {
            switch (dated.event()) {
                case SchoolRegistered r -> {
                    municipalityFrom.computeIfAbsent(r.schoolId(), s -> new TreeMap<>()).put(LocalDate.MIN, r.municipalityId());
                    regionFrom.computeIfAbsent(r.schoolId(), s -> new TreeMap<>()).put(LocalDate.MIN, r.regionId());
                }
                case SchoolMoved m -> {
                    municipalityFrom.get(m.schoolId()).put(m.movedOn(), m.municipalityId());
                    regionFrom.get(m.schoolId()).put(m.movedOn(), m.regionId());
                }
                case SchoolHeadcountReported h -> {
                    String[] parts = h.quarter().split("-Q");
                    LocalDate from = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) * 3 - 2, 1);
                    headcounts.computeIfAbsent(h.schoolId(), s -> new HashMap<>()).put(from, h);
                }
                case ParticipantEnrolled p -> people.putIfAbsent(p.participantId(), p);
                case PartnerAgreementSigned a -> agreements.add(a);
                case PairFixed f -> pairs.put(f.pairId(), new Pair(f.schoolId(), f.form(), f.fixedOn(), f.menteeIds(),
                        f.mentorId(), new HashMap<>(), new LocalDate[1], new String[1], new TreeMap<>()));
                case PairMenteeLeft l -> pairs.get(l.pairId()).left().put(l.menteeId(), l.leftOn());
                case PairCompleted c -> {
                    pairs.get(c.pairId()).end()[0] = c.completedOn();
                    pairs.get(c.pairId()).endKind()[0] = "COMPLETED";
                }
                case PairDissolved d -> {
                    pairs.get(d.pairId()).end()[0] = d.dissolvedOn();
                    pairs.get(d.pairId()).endKind()[0] = "DISSOLVED";
                }
                case PairStalled s -> pairs.get(s.pairId()).stalls().put(s.since(), !s.reasons().isEmpty());
                case MeetingHeld m -> meetings.add(m);
                case RoadmapOccurrenceCompleted c -> {
                    String key = c.actionId() + c.dueDate();
                    dueDates.computeIfAbsent(key, k -> new LocalDate[] {c.dueDate(), null, null})[1] = dated.happenedOn();
                    doneOnTime.put(key, c.onTime());
                    dueSchool.put(key, c.schoolId());
                }
                case RoadmapOccurrenceOverdue o -> {
                    String key = o.actionId() + o.dueDate();
                    dueDates.computeIfAbsent(key, k -> new LocalDate[] {o.dueDate(), null, null});
                    dueSchool.put(key, o.schoolId());
                }
                case RoadmapOccurrenceCancelled c -> {
                    String key = c.actionId() + c.dueDate();
                    dueDates.computeIfAbsent(key, k -> new LocalDate[] {c.dueDate(), null, null})[2] = dated.happenedOn();
                    dueSchool.put(key, c.schoolId());
                }
                default -> {
                }
            }
        }
    }

    String municipalityOn(String school, LocalDate day) {
        return municipalityFrom.get(school).floorEntry(day).getValue();
    }

    String regionOn(String school, LocalDate day) {
        return regionFrom.get(school).floorEntry(day).getValue();
    }

    static LocalDate yearStart(LocalDate day) {
        return day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? LocalDate.of(day.getYear(), 9, 1)
                : LocalDate.of(day.getYear() - 1, 9, 1);
    }

    /** DHIS2: numerators and denominators summed over the schools, each computed alone. */
    Expected expected(String code, List<String> schools, LocalDate day) {
        long numerator = 0;
        Long denominator = null;
        Map<String, Long> byForm = code.equals("ACTIVE_PAIRS") ? new TreeMap<>() : null;
        for (String school : schools) {
            Expected one = forSchool(code, school, day);
            numerator += one.numerator();
            if (one.denominator() != null) {
                denominator = (denominator == null ? 0 : denominator) + one.denominator();
            }
            if (byForm != null) {
                one.byForm().forEach((form, n) -> byForm.merge(form, n, Long::sum));
            }
        }
        if (denominator == null && hasDenominator(code)) {
            denominator = 0L;
        }
        return new Expected(numerator, denominator, byForm);
    }

    static boolean hasDenominator(String code) {
        return !Set.of("ACTIVE_PAIRS", "COMPLETED_PAIRS", "MEETINGS_HELD", "STALLED_PAIRS").contains(code);
    }

    private Expected forSchool(String code, String school, LocalDate day) {
        return switch (code) {
            case "MENTEES_PUPILS_10_18" -> new Expected(people(school, day, false,
                    p -> "PUPIL".equals(p.category()) && Set.of("10-14", "15-18").contains(p.ageBand())),
                    headcount(school, day, h -> h.pupilsAged10To14() + h.pupilsAged15To18()), null);
            case "MENTORS_PUPILS_15_18" -> new Expected(people(school, day, true,
                    p -> "PUPIL".equals(p.category()) && "15-18".equals(p.ageBand())),
                    headcount(school, day, SchoolHeadcountReported::pupilsAged15To18), null);
            case "YOUNG_TEACHERS_0_3" -> new Expected(people(school, day, false,
                    p -> "0-3".equals(p.experienceBand())),
                    headcount(school, day, SchoolHeadcountReported::teachersWithUpTo3Years), null);
            case "PARTNERS_PROVIDING_MENTORS" -> partners(school, day);
            case "MENTOR_SATISFACTION", "MENTEE_SATISFACTION" -> satisfaction(school, day,
                    code.startsWith("MENTOR") ? "MENTOR" : "MENTEE");
            case "ACTIVE_PAIRS" -> {
                Map<String, Long> byForm = new TreeMap<>();
                pairs.values().stream().filter(p -> p.school().equals(school) && activeOn(p, day))
                        .forEach(p -> byForm.merge(p.form(), 1L, Long::sum));
                yield new Expected(byForm.values().stream().mapToLong(Long::longValue).sum(), null, byForm);
            }
            case "COMPLETED_PAIRS" -> new Expected(pairs.values().stream().filter(p -> p.school().equals(school)
                    && "COMPLETED".equals(p.endKind()[0]) && !p.end()[0].isBefore(yearStart(day))
                    && !p.end()[0].isAfter(day)).count(), null, null);
            case "MEETINGS_HELD" -> new Expected(meetings.stream().filter(m -> m.schoolId().equals(school)
                    && !m.heldOn().isBefore(yearStart(day)) && !m.heldOn().isAfter(day)).count(), null, null);
            case "STALLED_PAIRS" -> new Expected(pairs.values().stream().filter(p -> p.school().equals(school)
                    && activeOn(p, day) && p.stalls().floorEntry(day) != null
                    && p.stalls().floorEntry(day).getValue()).count(), null, null);
            case "ROADMAP_ON_TIME" -> roadmap(school, day);
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static boolean activeOn(Pair pair, LocalDate day) {
        return !pair.fixed().isAfter(day) && (pair.end()[0] == null || pair.end()[0].isAfter(day));
    }

    /** Was this member in the pair on that day: fixed by then, not yet left, the pair not yet ended. */
    private static boolean memberOn(Pair pair, String person, boolean asMentor, LocalDate day) {
        if (!activeOn(pair, day)) {
            return false;
        }
        if (asMentor) {
            return pair.mentor().equals(person);
        }
        LocalDate left = pair.left().get(person);
        return pair.mentees().contains(person) && (left == null || left.isAfter(day));
    }

    private long people(String school, LocalDate day, boolean mentors,
                        java.util.function.Predicate<ParticipantEnrolled> counted) {
        Set<String> found = new HashSet<>();
        for (Pair pair : pairs.values()) {
            if (!pair.school().equals(school)) {
                continue;
            }
            List<String> members = mentors ? List.of(pair.mentor()) : pair.mentees();
            for (String person : members) {
                ParticipantEnrolled enrolled = people.get(person);
                if (enrolled == null || !counted.test(enrolled) || found.contains(person)) {
                    continue;
                }
                for (LocalDate d = yearStart(day); !d.isAfter(day); d = d.plusDays(1)) {
                    if (memberOn(pair, person, mentors, d)) {
                        found.add(person);
                        break;
                    }
                }
            }
        }
        return found.size();
    }

    private long headcount(String school, LocalDate day, java.util.function.ToIntFunction<SchoolHeadcountReported> field) {
        Map<LocalDate, SchoolHeadcountReported> reports = headcounts.getOrDefault(school, Map.of());
        LocalDate latest = null;
        for (LocalDate from : reports.keySet()) {
            if (!from.isAfter(day) && (latest == null || from.isAfter(latest))) {
                latest = from;
            }
        }
        return latest == null ? 0 : field.applyAsInt(reports.get(latest));
    }

    private Expected partners(String school, LocalDate day) {
        Set<String> inForce = new HashSet<>();
        for (PartnerAgreementSigned a : agreements) {
            if (a.schoolId().equals(school) && !a.signedOn().isAfter(day)
                    && (a.validUntil() == null || !a.validUntil().isBefore(day))) {
                inForce.add(a.partnerId());
            }
        }
        Set<String> providing = new HashSet<>();
        for (String partner : inForce) {
            for (Pair pair : pairs.values()) {
                ParticipantEnrolled mentor = people.get(pair.mentor());
                if (!pair.school().equals(school) || mentor == null || !partner.equals(mentor.partnerId())) {
                    continue;
                }
                for (LocalDate d = yearStart(day); !d.isAfter(day); d = d.plusDays(1)) {
                    if (memberOn(pair, pair.mentor(), true, d)) {
                        providing.add(partner);
                        break;
                    }
                }
            }
        }
        return new Expected(providing.size(), (long) inForce.size(), null);
    }

    private Expected satisfaction(String school, LocalDate day, String role) {
        long scores = 0;
        long maxima = 0;
        for (GeneratedHistory.Answer answer : history.answers) {
            if (answer.schoolId().equals(school) && answer.role().equals(role)
                    && !answer.answeredOn().isBefore(yearStart(day)) && !answer.answeredOn().isAfter(day)) {
                scores += answer.score();
                maxima += answer.scaleMax();
            }
        }
        return new Expected(scores, maxima, null);
    }

    private Expected roadmap(String school, LocalDate day) {
        long onTime = 0;
        long counted = 0;
        for (Map.Entry<String, LocalDate[]> entry : dueDates.entrySet()) {
            LocalDate[] dates = entry.getValue();
            if (!Objects.equals(dueSchool.get(entry.getKey()), school) || dates[0].isAfter(day)) {
                continue;
            }
            boolean cancelled = dates[2] != null && !dates[2].isAfter(day);
            boolean done = dates[1] != null && !dates[1].isAfter(day);
            if (cancelled) {
                continue;
            }
            if (done) {
                counted++;
                if (doneOnTime.get(entry.getKey())) {
                    onTime++;
                }
            } else if (dates[0].isBefore(day)) {
                counted++; // came due before the day and not done by it: overdue
            }
        }
        return new Expected(onTime, counted, null);
    }
}
