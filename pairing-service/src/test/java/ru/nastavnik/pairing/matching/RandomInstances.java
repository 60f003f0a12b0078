package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * Random schools for the brute force and the property tests. Categories, grades and selections are drawn so that
 * most pairs are near a rule's edge, and pins are drawn valid (the reference model checks them), so a generated
 * problem is always solvable and every rule is exercised.
 */
final class RandomInstances {

    private static final String[] CODES = {"math", "physics", "chess", "robotics", "reading", "career", "sport",
            "music", "coding", "biology", "history", "art"};
    private static final Category[] MENTEE_CATEGORIES = {Category.PUPIL, Category.PUPIL, Category.PUPIL,
            Category.PUPIL, Category.PUPIL, Category.YOUNG_TEACHER, Category.NEW_TEACHER, Category.COLLEGE_STUDENT,
            Category.COLLEGE_STUDENT, Category.TEACHER};
    private static final Category[] MENTOR_CATEGORIES = {Category.PUPIL, Category.PUPIL, Category.PUPIL,
            Category.TEACHER, Category.TEACHER, Category.COLLEGE_STUDENT, Category.COLLEGE_STUDENT, Category.GRADUATE,
            Category.PARTNER_EMPLOYEE, Category.PARTNER_EMPLOYEE, Category.YOUNG_TEACHER};

    /** Mostly pupils and mentors who can take pupils: nearly every pair is a real choice (for the brute force). */
    private static final Category[] DENSE_MENTEES = {Category.PUPIL, Category.PUPIL, Category.PUPIL, Category.PUPIL,
            Category.PUPIL, Category.PUPIL, Category.PUPIL, Category.PUPIL, Category.YOUNG_TEACHER,
            Category.COLLEGE_STUDENT};
    private static final Category[] DENSE_MENTORS = {Category.PUPIL, Category.PUPIL, Category.COLLEGE_STUDENT,
            Category.COLLEGE_STUDENT, Category.GRADUATE, Category.PARTNER_EMPLOYEE, Category.TEACHER};

    /** How the categories are drawn. */
    enum Mix {
        /** Every category, many pairs that make no form: like a whole school's bases. */
        VARIED,
        /** Mostly pupils with mentors who can take them: conflicts over places on a small instance. */
        DENSE,
        /**
         * Pupils and student mentors only, no active pairs, half of the pairs banned, only requests score: eligibility is uneven
         * and scores differ, so matching one more mentee often costs points (where the two objectives part ways).
         */
        CONFLICT
    }

    private static final Category[] CONFLICT_MENTEES = {Category.PUPIL};
    private static final Category[] CONFLICT_MENTORS = {Category.COLLEGE_STUDENT, Category.GRADUATE};

    private RandomInstances() {
    }

    /**
     * @param codes how many request codes are in play (few codes: many ties)
     */
    static MatchingProblem school(long seed, int menteeCount, int mentorCount, int minCapacity, int maxCapacity,
                                  int codes) {
        return school(seed, Mix.VARIED, menteeCount, mentorCount, minCapacity, maxCapacity, codes);
    }

    static MatchingProblem school(long seed, Mix mix, int menteeCount, int mentorCount, int minCapacity,
                                  int maxCapacity, int codes) {
        Random random = new Random(seed);
        Category[] menteeCategories = switch (mix) {
            case VARIED -> MENTEE_CATEGORIES;
            case DENSE -> DENSE_MENTEES;
            case CONFLICT -> CONFLICT_MENTEES;
        };
        Category[] mentorCategories = switch (mix) {
            case VARIED -> MENTOR_CATEGORIES;
            case DENSE -> DENSE_MENTORS;
            case CONFLICT -> CONFLICT_MENTORS;
        };
        int lowestMentorGrade = mix == Mix.DENSE ? 8 : 7;
        List<Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < menteeCount; i++) {
            Category category = menteeCategories[random.nextInt(menteeCategories.length)];
            Integer grade = category == Category.PUPIL && random.nextInt(20) > 0 ? 1 + random.nextInt(11) : null;
            mentees.add(new Mentee(String.format("e%04d", i), category, grade, codes(random, mix == Mix.CONFLICT ? 1 : 0, 3, codes)));
        }
        List<Mentor> mentors = new ArrayList<>();
        for (int j = 0; j < mentorCount; j++) {
            Category category = mentorCategories[random.nextInt(mentorCategories.length)];
            Integer grade = category == Category.PUPIL && random.nextInt(20) > 0
                    ? lowestMentorGrade + random.nextInt(12 - lowestMentorGrade)
                    : null;
            ExperienceBand band = switch (random.nextInt(4)) {
                case 0 -> ExperienceBand.UP_TO_3;
                case 1 -> null;
                default -> ExperienceBand.OVER_3;
            };
            // now and then a mentee is also a mentor (a pupil of grade 10 both asks and helps)
            String id = random.nextInt(15) == 0 && menteeCount > 0
                    ? mentees.get(random.nextInt(menteeCount)).id()
                    : String.format("r%04d", j);
            if (id.startsWith("e") && mentors.stream().anyMatch(mentor -> mentor.id().equals(id))) {
                continue;
            }
            Set<MentoringForm> forms = EnumSet.noneOf(MentoringForm.class);
            for (MentoringForm form : MentoringForm.values()) {
                if (random.nextInt(4) == 0) {
                    forms.add(form);
                }
            }
            int capacity = minCapacity + random.nextInt(maxCapacity - minCapacity + 1);
            int load = mix != Mix.CONFLICT && random.nextInt(4) == 0 ? random.nextInt(3) : 0;
            Selection selection = mix != Mix.CONFLICT && random.nextInt(mix == Mix.DENSE ? 12 : 6) == 0
                    ? (random.nextBoolean() ? Selection.CANDIDATE : Selection.NOT_SELECTED)
                    : Selection.SELECTED;
            int competencies = mix == Mix.CONFLICT ? 3 : 5;
            mentors.add(new Mentor(id, category, grade, band, codes(random, mix == Mix.CONFLICT ? 1 : 0, competencies, codes), forms, capacity, load,
                    selection, random.nextInt(3) > 0));
        }
        // a one-form round leaves most of a varied school out; in a dense one it is the pupils' forms, and rarer
        MentoringForm form = switch (mix) {
            case VARIED -> random.nextInt(3) == 0 ? MentoringForm.values()[random.nextInt(6)] : null;
            case DENSE -> random.nextInt(6) == 0 ? MentoringForm.values()[random.nextInt(2) == 0 ? 0 : 2] : null;
            case CONFLICT -> null;
        };
        Objective objective = random.nextBoolean() ? Objective.MOST_MATCHED_THEN_SCORE : Objective.SCORE_ONLY;
        // default weights give every pair of a mentor the same base points, which hides conflicts; random ones
        // (more often in dense schools) make requests decide and the two objectives part ways
        boolean defaultWeights = mix == Mix.DENSE ? random.nextInt(3) == 0 : random.nextInt(3) > 0;
        Weights weights = mix == Mix.CONFLICT
                ? new Weights(1 + random.nextInt(12), 0, 0, 0, 0, 0)
                : defaultWeights
                ? Weights.defaults()
                : new Weights(random.nextInt(12), random.nextInt(2) * random.nextInt(8), random.nextInt(8),
                        random.nextInt(4), random.nextInt(2) * random.nextInt(5), random.nextInt(2) * random.nextInt(4));
        MatchingSettings settings = new MatchingSettings(weights, mix != Mix.CONFLICT && random.nextInt(4) == 0, objective,
                2 + random.nextInt(3));
        MatchingProblem problem = new MatchingProblem(mentees, mentors, form, List.of(), Set.of(), Set.of(), settings);

        Set<String> excluded = new HashSet<>();
        for (Mentee mentee : mentees) {
            if (random.nextInt(20) == 0) {
                excluded.add(mentee.id());
            }
        }
        Set<Ban> bans = new HashSet<>();
        for (Mentee mentee : mentees) {
            if (mix == Mix.CONFLICT) {
                for (Mentor mentor : mentors) {
                    if (random.nextInt(2) == 0) {
                        bans.add(new Ban(mentee.id(), mentor.id()));
                    }
                }
                continue;
            }
            // in a dense school bans are what makes eligibility uneven (and the two objectives disagree)
            if (random.nextInt(mix == Mix.DENSE ? 2 : 5) == 0 && !mentors.isEmpty()) {
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    bans.add(new Ban(mentee.id(), mentors.get(random.nextInt(mentors.size())).id()));
                }
            }
        }
        problem = problem.withExcludedMentees(excluded).withBans(bans);
        return problem.withPins(validPins(problem, random));
    }

    private static List<Pin> validPins(MatchingProblem problem, Random random) {
        ReferenceModel model = new ReferenceModel(problem);
        Map<String, Integer> left = new HashMap<>();
        problem.mentors().forEach(mentor -> left.put(mentor.id(), ReferenceModel.placesForRound(mentor)));
        List<Pin> pins = new ArrayList<>();
        for (Mentee mentee : problem.mentees()) {
            if (random.nextInt(10) != 0 || problem.excludedMentees().contains(mentee.id())) {
                continue;
            }
            List<Mentor> possible = problem.mentors().stream()
                    .filter(mentor -> model.eligible(mentee, mentor) && left.get(mentor.id()) > 0)
                    .toList();
            if (!possible.isEmpty()) {
                Mentor mentor = possible.get(random.nextInt(possible.size()));
                left.merge(mentor.id(), -1, Integer::sum);
                pins.add(new Pin(mentee.id(), mentor.id()));
            }
        }
        return pins;
    }

    private static Set<String> codes(Random random, int min, int max, int codes) {
        Set<String> result = new HashSet<>();
        int count = min + random.nextInt(max - min + 1);
        for (int n = 0; n < count; n++) {
            result.add(CODES[random.nextInt(Math.min(codes, CODES.length))]);
        }
        return result;
    }
}
