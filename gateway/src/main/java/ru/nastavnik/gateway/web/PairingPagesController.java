package ru.nastavnik.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.gateway.web.PairingViews.PairCard;
import ru.nastavnik.gateway.web.PairingViews.PairSummary;
import ru.nastavnik.gateway.web.PairingViews.Proposal;
import ru.nastavnik.gateway.web.PairingViews.SchoolOverview;

/**
 * The school's pairs: the two weeks' countdown and the forms of the year, the matching board the curator shapes,
 * the order, each pair's card with its plan, meetings as a picture and feedback, the stalled board; and a mentor's
 * «Мои пары». Names come from the registry for the school's own people only (a mentor: their own mentees).
 */
@Controller
class PairingPagesController {

    static final List<PairingViews.Item> FORMS = List.of(
            new PairingViews.Item("PUPIL_PUPIL", "ученик – ученик"),
            new PairingViews.Item("TEACHER_TEACHER", "учитель – учитель"),
            new PairingViews.Item("STUDENT_PUPIL", "студент – ученик"),
            new PairingViews.Item("EMPLOYER_PUPIL", "работодатель – ученик"),
            new PairingViews.Item("STUDENT_STUDENT", "студент – студент"),
            new PairingViews.Item("EMPLOYER_STUDENT", "работодатель – студент"));
    static final List<PairingViews.Item> MEETING_KINDS = List.of(
            new PairingViews.Item("INTRODUCTION", "Встреча-знакомство"),
            new PairingViews.Item("TRIAL", "Пробная встреча"),
            new PairingViews.Item("PLANNING", "Встреча-планирование"),
            new PairingViews.Item("WORKING", "Рабочая встреча"),
            new PairingViews.Item("FINAL", "Итоговая встреча"));
    static final List<PairingViews.Item> FORMATS = List.of(new PairingViews.Item("IN_PERSON", "Очно"),
            new PairingViews.Item("REMOTE", "Дистанционно"), new PairingViews.Item("MIXED", "Смешанный"));
    static final List<PairingViews.Item> END_REASONS = List.of(
            new PairingViews.Item("NOT_A_GOOD_FIT", "Пара не сложилась"),
            new PairingViews.Item("MENTEE_LEFT", "Наставляемый выбыл"),
            new PairingViews.Item("MENTOR_LEFT", "Наставник выбыл"),
            new PairingViews.Item("OTHER", "Другая причина"));
    static final List<PairingViews.Item> OUTCOMES = List.of(new PairingViews.Item("GOAL_REACHED", "Цель достигнута"),
            new PairingViews.Item("PARTLY_REACHED", "Цель достигнута частично"),
            new PairingViews.Item("NOT_REACHED", "Цель не достигнута"));

    private final PairingClient pairing;
    private final Clock clock;

    PairingPagesController(PairingClient pairing, Clock clock) {
        this.pairing = pairing;
        this.clock = clock;
    }

    // ---- the school's pairs ----

    @GetMapping("/school/pairs")
    String start(Model model) {
        List<PairSummary> pairs = pairing.pairs(null);
        SchoolOverview overview = pairing.overview().getFirst();
        Set<String> people = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            people.add(pair.mentorId());
            people.addAll(pair.menteeIds());
        });
        model.addAttribute("overview", overview);
        model.addAttribute("programme", pairing.programme());
        model.addAttribute("pairs", pairs);
        model.addAttribute("proposals", pairing.proposals().stream().limit(5).toList());
        model.addAttribute("names", pairing.names(people));
        model.addAttribute("forms", FORMS);
        model.addAttribute("today", LocalDate.now(clock));
        return "pairing/start";
    }

    @PostMapping("/school/pairs/programme")
    String chooseForms(@RequestParam String schoolYear, @RequestParam(defaultValue = "") List<String> forms,
                       @RequestParam String chosenOn, RedirectAttributes redirect) {
        return attempt(() -> pairing.chooseForms(schoolYear, forms, chosenOn),
                "Формы наставничества выбраны: на закрепление пар приказом — две недели", "/school/pairs", redirect);
    }

    @PostMapping("/school/pairs/proposals")
    String draft(@RequestParam(defaultValue = "") String form, @RequestParam(defaultValue = "") List<String> menteeIds,
                 RedirectAttributes redirect) {
        try {
            String id = pairing.draftProposal(form, menteeIds);
            redirect.addFlashAttribute("notice", menteeIds.isEmpty() ? "Подбор готов: проверьте пары и утвердите"
                    : "Повторный подбор готов: прежний наставник исключён");
            return "redirect:/school/pairs/proposals/" + id;
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/school/pairs";
        }
    }

    @GetMapping("/school/pairs/proposals/{id}")
    String board(@PathVariable String id, Model model) {
        Proposal proposal = pairing.proposal(id);
        Set<String> people = new LinkedHashSet<>(proposal.scope());
        List<PairingViews.Candidate> mentors = pairing.candidates("MENTOR");
        mentors.forEach(mentor -> people.add(mentor.participantId()));
        Map<String, String> names = pairing.names(people);
        int best = proposal.solution().pairs().stream().mapToInt(PairingViews.SolvedPair::score).max().orElse(1);
        List<PairingViews.SolvedPair> pairs = new ArrayList<>(proposal.solution().pairs());
        pairs.sort(Comparator.comparing(pair -> names.getOrDefault(pair.menteeId(), pair.menteeId())));
        model.addAttribute("proposal", proposal);
        model.addAttribute("pairs", pairs);
        model.addAttribute("best", Math.max(1, best));
        model.addAttribute("names", names);
        model.addAttribute("mentors", mentors.stream().filter(mentor -> "SELECTED".equals(mentor.selection()))
                .sorted(Comparator.comparing(mentor -> names.getOrDefault(mentor.participantId(), ""))).toList());
        return "pairing/board";
    }

    @PostMapping("/school/pairs/proposals/{id}/pin")
    String pin(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, @RequestParam String mentorId,
               RedirectAttributes redirect) {
        return attempt(() -> pairing.pin(id, version, menteeId, mentorId), "Пара закреплена, подбор пересчитан",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/unpin")
    String unpin(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, RedirectAttributes redirect) {
        return attempt(() -> pairing.unpin(id, version, menteeId), "Закрепление снято, подбор пересчитан",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/ban")
    String ban(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, @RequestParam String mentorId,
               RedirectAttributes redirect) {
        return attempt(() -> pairing.ban(id, version, menteeId, mentorId), "Пара запрещена, подбор пересчитан",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/unban")
    String unban(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId,
                 @RequestParam String mentorId, RedirectAttributes redirect) {
        return attempt(() -> pairing.unban(id, version, menteeId, mentorId), "Запрет снят, подбор пересчитан",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/swap")
    String swap(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, @RequestParam String otherMenteeId,
                RedirectAttributes redirect) {
        return attempt(() -> pairing.swap(id, version, menteeId, otherMenteeId), "Наставники поменялись местами",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/hold")
    String hold(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, RedirectAttributes redirect) {
        return attempt(() -> pairing.holdOut(id, version, menteeId), "Наставляемый убран из подбора",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/return")
    String giveBack(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam String menteeId, RedirectAttributes redirect) {
        return attempt(() -> pairing.giveBack(id, version, menteeId), "Наставляемый возвращён в подбор",
                "/school/pairs/proposals/" + id, redirect);
    }

    @PostMapping("/school/pairs/proposals/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        try {
            List<String> pairIds = pairing.confirm(id, version);
            redirect.addFlashAttribute("notice", "Пары сформированы (" + pairIds.size()
                    + "): подготовьте приказ о закреплении");
            return "redirect:/school/pairs/order";
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/school/pairs/proposals/" + id;
        }
    }

    // ---- the order ----

    @GetMapping("/school/pairs/order")
    String order(Model model) {
        List<PairSummary> waiting = pairing.pairs("CONFIRMED");
        Set<String> people = new LinkedHashSet<>();
        waiting.forEach(pair -> {
            people.add(pair.mentorId());
            people.addAll(pair.menteeIds());
        });
        model.addAttribute("waiting", waiting);
        model.addAttribute("orders", pairing.orders());
        model.addAttribute("names", pairing.names(people));
        model.addAttribute("today", LocalDate.now(clock));
        return "pairing/order";
    }

    /** The order's draft with the school's own names, for the head to sign. */
    @GetMapping("/school/pairs/order/draft")
    ResponseEntity<byte[]> orderDraft(@RequestParam(defaultValue = "") List<String> pairIds,
                                      @RequestParam(defaultValue = "DOCX") String format,
                                      @RequestParam(defaultValue = "") String number,
                                      @RequestParam(defaultValue = "") String issuedOn,
                                      @RequestParam(defaultValue = "") String organisationName) {
        List<String> ids = pairIds.isEmpty() ? pairing.pairs("CONFIRMED").stream().map(PairSummary::id).toList() : pairIds;
        Set<String> people = new LinkedHashSet<>();
        for (String id : ids) {
            PairCard pair = pairing.pair(id);
            people.add(pair.mentorId());
            people.addAll(pair.currentMentees());
        }
        Map<String, Object> request = new HashMap<>(Map.of("pairIds", ids, "format", "PDF".equals(format) ? "PDF" : "DOCX",
                "names", pairing.names(people)));
        if (!number.isBlank()) {
            request.put("number", number);
        }
        if (!issuedOn.isBlank()) {
            request.put("issuedOn", issuedOn);
        }
        if (!organisationName.isBlank()) {
            request.put("organisationName", organisationName);
        }
        BackendClient.Download document = pairing.orderDraft(request);
        String file = "Приказ о закреплении пар." + ("PDF".equals(format) ? "pdf" : "docx");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(document.bytes());
    }

    @PostMapping("/school/pairs/order")
    String issue(@RequestParam String number, @RequestParam String issuedOn,
                 @RequestParam(defaultValue = "") List<String> pairIds, RedirectAttributes redirect) {
        return attempt(() -> pairing.issueOrder(number, issuedOn, pairIds),
                "Приказ издан: пары закреплены и начинают работу", "/school/pairs", redirect);
    }

    // ---- a pair ----

    @GetMapping("/school/pairs/{id}")
    String pair(@PathVariable String id, Model model, Authentication authentication) {
        PairCard pair = pairing.pair(id);
        Set<String> people = new LinkedHashSet<>();
        people.add(pair.mentorId());
        pair.mentees().forEach(member -> people.add(member.participantId()));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("pair", pair);
        model.addAttribute("names", pairing.names(people));
        model.addAttribute("timeline", MeetingTimeline.of(pair, today));
        model.addAttribute("nextKinds", nextKinds(pair));
        model.addAttribute("formats", FORMATS);
        model.addAttribute("endReasons", END_REASONS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("today", today);
        model.addAttribute("staff", CurrentUser.of(authentication).has("school-curator")
                || CurrentUser.of(authentication).has("school-head"));
        return "pairing/pair";
    }

    /** The kinds that may come next, in the methodology's order. */
    static List<PairingViews.Item> nextKinds(PairCard pair) {
        String last = pair.lastMeetingKind();
        if (last == null) {
            return MEETING_KINDS.subList(0, 1);
        }
        return switch (last) {
            case "INTRODUCTION" -> MEETING_KINDS.subList(1, 2);
            case "TRIAL" -> MEETING_KINDS.subList(2, 3);
            case "PLANNING" -> MEETING_KINDS.subList(3, 4);
            case "WORKING" -> MEETING_KINDS.subList(3, 5);
            default -> List.of();
        };
    }

    @PostMapping("/school/pairs/{id}/format")
    String format(@PathVariable String id, @RequestParam String format, RedirectAttributes redirect) {
        return attempt(() -> pairing.put(id, "/format", Map.of("format", format)), "Формат взаимодействия сохранён",
                "/school/pairs/" + id, redirect);
    }

    @PostMapping("/school/pairs/{id}/plan")
    String plan(@PathVariable String id, @RequestParam(defaultValue = "") String goals,
                @RequestParam(defaultValue = "") List<String> taskTitle,
                @RequestParam(defaultValue = "") List<String> taskFrom,
                @RequestParam(defaultValue = "") List<String> taskTo, RedirectAttributes redirect) {
        List<String> goalList = goals.lines().map(String::strip).filter(goal -> !goal.isEmpty()).toList();
        List<Map<String, String>> tasks = new ArrayList<>();
        for (int i = 0; i < taskTitle.size(); i++) {
            if (!taskTitle.get(i).isBlank()) {
                tasks.add(Map.of("title", taskTitle.get(i), "from", i < taskFrom.size() ? taskFrom.get(i) : "",
                        "to", i < taskTo.size() ? taskTo.get(i) : ""));
            }
        }
        return attempt(() -> pairing.put(id, "/plan", Map.of("goals", goalList, "tasks", tasks)),
                "План сохранён: его согласуют наставник и куратор", "/school/pairs/" + id, redirect);
    }

    @PostMapping("/school/pairs/{id}/plan/agreement")
    String agree(@PathVariable String id, RedirectAttributes redirect) {
        return attempt(() -> pairing.act(id, "/plan/agreement", Map.of()), "План согласован", "/school/pairs/" + id,
                redirect);
    }

    @PostMapping("/school/pairs/{id}/meetings")
    String meeting(@PathVariable String id, @RequestParam String kind, @RequestParam String heldOn,
                   @RequestParam String format, @RequestParam(defaultValue = "") String notes,
                   RedirectAttributes redirect) {
        return attempt(() -> pairing.act(id, "/meetings", Map.of("kind", kind, "heldOn", heldOn, "format", format,
                "notes", notes)), "Встреча записана", "/school/pairs/" + id, redirect);
    }

    @PostMapping("/school/pairs/{id}/meetings/{meetingId}/feedback")
    String feedback(@PathVariable String id, @PathVariable String meetingId, @RequestParam String author,
                    @RequestParam(defaultValue = "") String menteeId, @RequestParam int score,
                    @RequestParam(defaultValue = "") String comment,
                    @RequestParam(defaultValue = "false") boolean notAGoodFit, RedirectAttributes redirect) {
        Map<String, Object> body = new HashMap<>(Map.of("author", author, "score", score, "comment", comment,
                "notAGoodFit", notAGoodFit));
        if (!menteeId.isBlank()) {
            body.put("menteeId", menteeId);
        }
        return attempt(() -> pairing.act(id, "/meetings/" + meetingId + "/feedback", body), "Обратная связь сохранена",
                "/school/pairs/" + id, redirect);
    }

    @PostMapping("/school/pairs/{id}/meetings/{meetingId}/link")
    String link(@PathVariable String id, @PathVariable String meetingId, @RequestParam String menteeId,
                RedirectAttributes redirect) {
        try {
            PairingViews.IssuedLink link = pairing.feedbackLink(id, meetingId, menteeId);
            redirect.addFlashAttribute("feedbackLink", link.path());
            redirect.addFlashAttribute("feedbackLinkFor", menteeId);
            redirect.addFlashAttribute("notice", "Ссылка создана: передайте её наставляемому, она действует 14 дней "
                    + "и открывается один раз");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/school/pairs/" + id;
    }

    @PostMapping("/school/pairs/{id}/completion")
    String complete(@PathVariable String id, @RequestParam String outcome, @RequestParam String mentorReflection,
                    @RequestParam String menteeReflection,
                    @RequestParam(defaultValue = "false") boolean nominateMentor, RedirectAttributes redirect) {
        return attempt(() -> pairing.act(id, "/completion", Map.of("outcome", outcome, "mentorReflection",
                mentorReflection, "menteeReflection", menteeReflection, "nominateMentor", nominateMentor)),
                "Работа пары завершена", "/school/pairs/" + id, redirect);
    }

    @PostMapping("/school/pairs/{id}/dissolution")
    String dissolve(@PathVariable String id, @RequestParam String reason, @RequestParam(defaultValue = "") String note,
                    RedirectAttributes redirect) {
        return attempt(() -> pairing.act(id, "/dissolution", Map.of("reason", reason, "note", note)),
                "Пара расформирована: можно подобрать нового наставника", "/school/pairs/" + id, redirect);
    }

    @GetMapping("/school/pairs/stalled")
    String stalled(Model model) {
        List<PairSummary> stalled = pairing.stalled();
        Set<String> people = new LinkedHashSet<>();
        stalled.forEach(pair -> {
            people.add(pair.mentorId());
            people.addAll(pair.menteeIds());
        });
        model.addAttribute("stalled", stalled);
        model.addAttribute("names", pairing.names(people));
        return "pairing/stalled";
    }

    @GetMapping("/school/pairs/nominations")
    String nominations(Model model) {
        List<PairSummary> nominated = pairing.nominations();
        Set<String> people = new LinkedHashSet<>();
        nominated.forEach(pair -> {
            people.add(pair.mentorId());
            people.addAll(pair.menteeIds());
        });
        model.addAttribute("nominated", nominated);
        model.addAttribute("names", pairing.names(people));
        return "pairing/nominations";
    }

    // ---- a mentor's own pairs ----

    @GetMapping("/mentor")
    String mine(Model model) {
        List<PairSummary> pairs = pairing.pairs(null);
        Set<String> people = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            people.add(pair.mentorId());
            people.addAll(pair.menteeIds());
        });
        model.addAttribute("pairs", pairs);
        model.addAttribute("names", pairing.names(people));
        return "pairing/mine";
    }

    private static String attempt(Runnable call, String notice, String back, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:" + back;
    }
}
