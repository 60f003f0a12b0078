package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * A problem checked and turned into indices: mentees and mentors sorted by id (so the same input builds the same
 * graph whatever order it came in), pins applied to the mentors' free places, bans as sorted index lists.
 */
final class Instance {

    private final MatchingProblem problem;
    private final Mentee[] mentees;
    private final Mentor[] mentors;
    private final Map<String, Integer> mentorIndex;
    private final boolean[] excluded;
    private final int[] pinnedMentor;
    private final int[][] pinnedMentees;
    private final int[] freePlaces;
    private final int[][] bannedMentors;
    private final int[] open;

    private Instance(MatchingProblem problem) {
        this.problem = problem;
        mentees = problem.mentees().stream().sorted(Comparator.comparing(Mentee::id)).toArray(Mentee[]::new);
        mentors = problem.mentors().stream().sorted(Comparator.comparing(Mentor::id)).toArray(Mentor[]::new);
        Map<String, Integer> menteeIndex = index(mentees, Mentee::id, "mentee");
        mentorIndex = index(mentors, Mentor::id, "mentor");

        excluded = new boolean[mentees.length];
        for (String id : problem.excludedMentees()) {
            Integer at = menteeIndex.get(id);
            if (at != null) {
                excluded[at] = true;
            }
        }

        bannedMentors = new int[mentees.length][];
        Map<Integer, List<Integer>> bans = new HashMap<>();
        for (Ban ban : problem.bans()) {
            Integer mentee = menteeIndex.get(ban.menteeId());
            Integer mentor = mentorIndex.get(ban.mentorId());
            if (mentee != null && mentor != null) {
                bans.computeIfAbsent(mentee, ignored -> new ArrayList<>()).add(mentor);
            }
        }
        for (int i = 0; i < mentees.length; i++) {
            List<Integer> list = bans.get(i);
            bannedMentors[i] = list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        }

        freePlaces = new int[mentors.length];
        for (int j = 0; j < mentors.length; j++) {
            freePlaces[j] = mentors[j].placesAfterActivePairs();
        }
        pinnedMentor = new int[mentees.length];
        Arrays.fill(pinnedMentor, -1);
        pinnedMentees = applyPins(menteeIndex);

        open = java.util.stream.IntStream.range(0, mentees.length)
                .filter(i -> !excluded[i] && pinnedMentor[i] < 0)
                .toArray();
    }

    static Instance of(MatchingProblem problem) {
        return new Instance(problem);
    }

    private static <T> Map<String, Integer> index(T[] items, java.util.function.Function<T, String> id, String what) {
        Map<String, Integer> index = new HashMap<>(items.length * 2);
        for (int i = 0; i < items.length; i++) {
            if (index.put(id.apply(items[i]), i) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id.apply(items[i]));
            }
        }
        return index;
    }

    /** Checks pins in mentee-id order (so the same input reports the same first violation) and reserves places. */
    private int[][] applyPins(Map<String, Integer> menteeIndex) {
        TreeMap<String, Pin> byMentee = new TreeMap<>();
        for (Pin pin : problem.pins()) {
            Pin earlier = byMentee.put(pin.menteeId(), pin);
            if (earlier != null && !earlier.equals(pin)) {
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_DUPLICATE_MENTEE, null,
                        "Наставляемый " + pin.menteeId() + " закреплён сразу за двумя наставниками: "
                                + earlier.mentorId() + " и " + pin.mentorId());
            }
        }
        List<List<Integer>> byMentor = new ArrayList<>(mentors.length);
        for (int j = 0; j < mentors.length; j++) {
            byMentor.add(new ArrayList<>());
        }
        for (Pin pin : byMentee.values()) {
            Integer mentee = menteeIndex.get(pin.menteeId());
            if (mentee == null) {
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_UNKNOWN_MENTEE, null,
                        "Нельзя закрепить пару: наставляемого " + pin.menteeId() + " нет в этом подборе");
            }
            Integer mentor = mentorIndex.get(pin.mentorId());
            if (mentor == null) {
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_UNKNOWN_MENTOR, null,
                        "Нельзя закрепить пару: наставника " + pin.mentorId() + " нет в базе наставников");
            }
            if (excluded[mentee]) {
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_EXCLUDED_MENTEE, null,
                        "Нельзя закрепить пару: наставляемый " + pin.menteeId() + " исключён из этого подбора");
            }
            Rule rule = Eligibility.firstFailure(this, mentee, mentor);
            if (rule != null) {
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_BREAKS_RULE, rule,
                        "Нельзя закрепить наставляемого " + pin.menteeId() + " за наставником " + pin.mentorId()
                                + ": " + rule.title());
            }
            if (freePlaces[mentor] == 0) {
                Mentor full = mentors[mentor];
                throw new MatchingRuleViolation(MatchingRuleViolation.Code.PIN_OVERFILLS_MENTOR, null,
                        "Нельзя закрепить наставляемого " + pin.menteeId() + " за наставником " + pin.mentorId()
                                + ": у наставника нет свободных мест (мест " + full.capacity()
                                + ", действующих пар " + full.activeLoad()
                                + ", уже закреплено " + byMentor.get(mentor).size() + ")");
            }
            freePlaces[mentor]--;
            pinnedMentor[mentee] = mentor;
            byMentor.get(mentor).add(mentee);
        }
        int[][] pinned = new int[mentors.length][];
        for (int j = 0; j < mentors.length; j++) {
            pinned[j] = byMentor.get(j).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return pinned;
    }

    MatchingSettings settings() {
        return problem.settings();
    }

    /** The round's form, {@code null} for all forms. */
    MentoringForm form() {
        return problem.form();
    }

    int menteeCount() {
        return mentees.length;
    }

    int mentorCount() {
        return mentors.length;
    }

    Mentee mentee(int index) {
        return mentees[index];
    }

    Mentor mentor(int index) {
        return mentors[index];
    }

    boolean isExcluded(int mentee) {
        return excluded[mentee];
    }

    /** The mentor the curator pinned this mentee to, or -1. */
    int pinnedMentor(int mentee) {
        return pinnedMentor[mentee];
    }

    /** Mentees pinned to this mentor, ascending. */
    int[] pinnedMentees(int mentor) {
        return pinnedMentees[mentor];
    }

    /** Places left for this round after active pairs and pins. */
    int freePlaces(int mentor) {
        return freePlaces[mentor];
    }

    boolean isBanned(int mentee, int mentor) {
        return Arrays.binarySearch(bannedMentors[mentee], mentor) >= 0;
    }

    /** Mentees the flow places (neither excluded nor pinned), ascending: the flow's mentee nodes in this order. */
    int[] open() {
        return open;
    }
}
