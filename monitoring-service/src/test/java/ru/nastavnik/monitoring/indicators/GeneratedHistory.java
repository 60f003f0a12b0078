package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.contracts.pairing.PairStalled;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.PartnerAgreementSigned;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolMoved;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;
import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * A random event history of a few schools over about two school years: registrations and moves between
 * municipalities (and regions), headcounts (some corrected), participants (some withdrawing consent), partner
 * agreements, pairs and groups with people in several of them, leaving, completion, dissolution, stalls,
 * meetings, roadmap due dates and satisfaction answers. Events come in an order that respects each aggregate's
 * own order, as Kafka keys guarantee. Public: the rebuild's tests publish such histories on the real topics.
 */
public final class GeneratedHistory {

    public static final LocalDate FIRST = LocalDate.of(2025, 6, 1);
    public static final LocalDate LAST = LocalDate.of(2027, 9, 30);

    /** An event with the day it happened (its CloudEvent time). */
    public record Dated(IntegrationEvent event, LocalDate happenedOn) {
    }

    public record Answer(String answerId, String schoolId, String role, int score, int scaleMax, LocalDate answeredOn) {
    }

    public final String prefix;
    public final List<String> regions;
    public final List<String> municipalities;
    public final List<String> schools = new ArrayList<>();
    public final List<Dated> events = new ArrayList<>();
    public final List<Answer> answers = new ArrayList<>();
    private final Random random;
    private int sequence;

    public GeneratedHistory(Random random, String prefix) {
        this.random = random;
        this.prefix = prefix;
        this.regions = List.of(prefix + "-ra", prefix + "-rb");
        this.municipalities = List.of(prefix + "-m0", prefix + "-m1", prefix + "-m2");
        int schoolCount = 3 + random.nextInt(4);
        for (int s = 0; s < schoolCount; s++) {
            generateSchool(prefix + "-s" + s);
        }
    }

    /** m0 and m1 are in region ra, m2 in region rb. */
    String regionOf(String municipality) {
        return municipality.endsWith("-m2") ? regions.get(1) : regions.get(0);
    }

    public LocalDate randomDate() {
        return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1));
    }

    private String id(String kind) {
        return prefix + "-" + kind + (sequence++);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void add(IntegrationEvent event, LocalDate happenedOn) {
        events.add(new Dated(event, happenedOn));
    }

    private void generateSchool(String school) {
        schools.add(school);
        String municipality = pick(municipalities);
        add(new SchoolRegistered(school, municipality, regionOf(municipality), "Школа", "GENERAL"), FIRST);
        LocalDate lastMove = FIRST;
        for (int move = random.nextInt(3); move > 0; move--) {
            LocalDate movedOn = lastMove.plusDays(1 + random.nextInt(300));
            if (movedOn.isAfter(LAST)) {
                break;
            }
            String next = pick(municipalities);
            add(new SchoolMoved(school, next, regionOf(next), municipality, regionOf(municipality), movedOn), movedOn);
            municipality = next;
            lastMove = movedOn;
        }
        for (int report = random.nextInt(6); report > 0; report--) {
            String quarter = (2025 + random.nextInt(3)) + "-Q" + (1 + random.nextInt(4));
            add(new SchoolHeadcountReported(school, municipality, quarter, random.nextInt(200), random.nextInt(120),
                    random.nextInt(15), random.nextInt(60), null), randomDate());
        }

        List<String> partners = new ArrayList<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            String partner = id("partner");
            partners.add(partner);
            for (int a = 1 + random.nextInt(2); a > 0; a--) {
                LocalDate signed = randomDate();
                LocalDate until = random.nextInt(3) == 0 ? null : signed.plusDays(random.nextInt(500));
                add(new PartnerAgreementSigned(partner, school, municipality, id("agreement"), signed, until), signed);
            }
        }

        List<String> people = new ArrayList<>();
        for (int n = 8 + random.nextInt(12); n > 0; n--) {
            String person = id("person");
            people.add(person);
            String[] kind = switch (random.nextInt(6)) {
                case 0, 1, 2 -> new String[] {"PUPIL", pick(List.of("under-10", "10-14", "15-18", "15-18")), null};
                case 3 -> new String[] {"YOUNG_TEACHER", "adult", "0-3"};
                case 4 -> new String[] {"TEACHER", "adult", pick(List.of("0-3", "over-3"))};
                default -> new String[] {random.nextBoolean() ? "PARTNER_EMPLOYEE" : "COLLEGE_STUDENT", "adult", null};
            };
            String partner = "PARTNER_EMPLOYEE".equals(kind[0]) && !partners.isEmpty() ? pick(partners) : null;
            add(new ParticipantEnrolled(person, school, municipality, random.nextBoolean() ? "MENTOR" : "MENTEE",
                    kind[0], kind[1], kind[2], null, partner), randomDate());
            if (random.nextInt(5) == 0) {
                add(new ParticipantConsentWithdrawn(person, school, municipality), randomDate());
            }
        }
        // somebody pairing knows but monitoring never saw enrolled: counted by nothing
        people.add(id("unknown"));

        for (int p = 3 + random.nextInt(10); p > 0; p--) {
            String pair = id("pair");
            boolean group = random.nextInt(3) == 0;
            List<String> mentees = new ArrayList<>();
            for (int m = group ? 2 + random.nextInt(3) : 1; m > 0; m--) {
                String mentee = pick(people);
                if (!mentees.contains(mentee)) {
                    mentees.add(mentee);
                }
            }
            LocalDate fixed = randomDate();
            String form = pick(List.of(MentoringForm.values())).name();
            add(new PairFixed(pair, school, municipality, form, group, pick(people), mentees, fixed), fixed);
            for (String mentee : mentees) {
                if (group && random.nextInt(4) == 0) {
                    add(new PairMenteeLeft(pair, school, municipality, mentee, fixed.plusDays(random.nextInt(200)),
                            "CURATOR_DECISION"), fixed);
                }
            }
            LocalDate stall = fixed;
            for (int s = random.nextInt(3); s > 0; s--) {
                stall = stall.plusDays(random.nextInt(120));
                add(new PairStalled(pair, school, municipality,
                        random.nextBoolean() ? List.of("NO_MEETINGS") : List.of(), stall), stall);
            }
            for (int m = random.nextInt(5); m > 0; m--) {
                LocalDate held = fixed.plusDays(random.nextInt(300));
                add(new MeetingHeld(pair, school, municipality, id("meeting"), "WORKING", held, "IN_PERSON"), held);
            }
            int end = random.nextInt(4);
            LocalDate endedOn = fixed.plusDays(random.nextInt(400));
            if (end == 0) {
                add(new PairCompleted(pair, school, municipality, endedOn, "GOAL_REACHED", false), endedOn);
            } else if (end == 1) {
                add(new PairDissolved(pair, school, municipality, endedOn, "CURATOR_DECISION"), endedOn);
            }
        }

        for (int d = random.nextInt(12); d > 0; d--) {
            String action = id("action");
            LocalDate due = randomDate();
            switch (random.nextInt(5)) {
                case 0 -> add(new RoadmapOccurrenceCompleted("rm", school, municipality, action, due, true),
                        due.minusDays(random.nextInt(20)));
                case 1 -> {
                    add(new RoadmapOccurrenceOverdue("rm", school, municipality, action, due), due.plusDays(1));
                    add(new RoadmapOccurrenceCompleted("rm", school, municipality, action, due, false),
                            due.plusDays(1 + random.nextInt(60)));
                }
                case 2 -> add(new RoadmapOccurrenceOverdue("rm", school, municipality, action, due), due.plusDays(1));
                case 3 -> add(new RoadmapOccurrenceCancelled("rm", school, municipality, action, due),
                        due.plusDays(random.nextInt(40) - 20));
                default -> {
                    add(new RoadmapOccurrenceOverdue("rm", school, municipality, action, due), due.plusDays(1));
                    add(new RoadmapOccurrenceCancelled("rm", school, municipality, action, due),
                            due.plusDays(2 + random.nextInt(30)));
                }
            }
        }

        for (int a = random.nextInt(10); a > 0; a--) {
            int scale = random.nextBoolean() ? 5 : 10;
            answers.add(new Answer(id("answer"), school, random.nextBoolean() ? "MENTOR" : "MENTEE",
                    random.nextInt(scale + 1), scale, randomDate()));
        }
    }
}
