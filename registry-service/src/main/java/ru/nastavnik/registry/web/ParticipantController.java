package ru.nastavnik.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.api.CreatedResponse;
import ru.nastavnik.registry.api.EnrolParticipantRequest;
import ru.nastavnik.registry.api.MenteeRequestsRequest;
import ru.nastavnik.registry.api.MentorAnswersRequest;
import ru.nastavnik.registry.api.MentorProfileRequest;
import ru.nastavnik.registry.api.ParticipantCard;
import ru.nastavnik.registry.api.ParticipantCounts;
import ru.nastavnik.registry.api.SelectionRequest;
import ru.nastavnik.registry.api.TrainingRequest;
import ru.nastavnik.registry.api.Vocabulary;
import ru.nastavnik.registry.api.WithdrawalRequest;
import ru.nastavnik.registry.command.ConsentScope;
import ru.nastavnik.registry.command.ConsentSigner;
import ru.nastavnik.registry.command.DescribeMentorCommand;
import ru.nastavnik.contracts.vocabulary.MentoringRequest;
import ru.nastavnik.registry.command.MentorSelection;
import ru.nastavnik.registry.command.MentorQuestionnaire;
import ru.nastavnik.registry.command.RecordMentorAnswersCommand;
import ru.nastavnik.registry.command.ParticipantCategory;
import ru.nastavnik.registry.command.ParticipantRole;
import ru.nastavnik.registry.command.RecordMenteeRequestsCommand;
import ru.nastavnik.registry.command.RecordMentorSelectionCommand;
import ru.nastavnik.registry.command.RecordMentorTrainingCommand;
import ru.nastavnik.registry.command.WithdrawConsentCommand;
import ru.nastavnik.registry.enrolment.Enrolments;
import ru.nastavnik.registry.enrolment.NewPerson;
import ru.nastavnik.registry.privacy.PersonalDataVault;
import ru.nastavnik.registry.query.FindParticipantCountsQuery;
import ru.nastavnik.registry.query.FindParticipantQuery;
import ru.nastavnik.registry.query.FindParticipantsQuery;
import ru.nastavnik.registry.query.Mentorships;

/**
 * The school's bases of mentors and mentees. Names are the school's business only: its curator and head work
 * with the bases; the department and the region get counts, never a person.
 */
@RestController
@RequestMapping("/api/registry/participants")
@Tag(name = "Базы наставников и наставляемых")
class ParticipantController {

    private static final String[] SCHOOL_STAFF = {Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD};

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Enrolments enrolments;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final Mentorships mentorships;
    private final JdbcClient jdbc;

    ParticipantController(CommandGateway commands, QueryGateway queries, Enrolments enrolments,
                          PersonalDataVault vault, Clock clock, Mentorships mentorships, JdbcClient jdbc) {
        this.commands = commands;
        this.queries = queries;
        this.enrolments = enrolments;
        this.vault = vault;
        this.clock = clock;
        this.mentorships = mentorships;
        this.jdbc = jdbc;
    }

    @PostMapping
    @Operation(summary = "Внести человека в базу наставников или наставляемых вместе с его согласием")
    ResponseEntity<CreatedResponse> enrol(Caller caller, @Valid @RequestBody EnrolParticipantRequest request) {
        String schoolId = schoolOf(caller);
        EnrolParticipantRequest.ConsentRequest consent = request.consent();
        String participantId = enrolments.enrol(new NewPerson(ParticipantRole.valueOf(request.role()),
                ParticipantCategory.valueOf(request.category()), request.fullName(), request.birthDate(),
                request.contacts(), request.grade(), request.experienceYears(),
                ConsentSigner.valueOf(consent.signedBy()), consent.signerName(), consent.signedOn(),
                consent.scopes().stream().map(ConsentScope::valueOf).collect(Collectors.toSet()), Set.of(), "",
                blankToNull(request.partnerId())),
                schoolId, caller.requireMunicipality());
        return ResponseEntity.created(URI.create("/api/registry/participants/" + participantId))
                .body(new CreatedResponse(participantId));
    }

    @GetMapping
    @Operation(summary = "База своей организации: role=MENTEE|MENTOR|CURATOR, category, q — поиск по ФИО и запросам")
    List<ParticipantCard> list(Caller caller, @RequestParam(required = false) ParticipantRole role,
                               @RequestParam(required = false) ParticipantCategory category,
                               @RequestParam(required = false) String q) {
        return queries.query(new FindParticipantsQuery(schoolOf(caller), role == null ? null : role.name(),
                        category == null ? null : category.name(), q),
                ResponseTypes.multipleInstancesOf(ParticipantCard.class)).join();
    }

    @GetMapping("/{participantId}")
    @Operation(summary = "Карточка участника своей организации")
    ParticipantCard card(Caller caller, @PathVariable String participantId) {
        return own(caller, participantId);
    }

    /** A name a page may show beside a pseudonymous id. */
    public record Name(String id, String fullName) {
    }

    @GetMapping("/names")
    @Operation(summary = "Имена по кодам участников: школе — её участников, наставнику — свои и своих наставляемых; "
            + "управлению и региону — никогда")
    List<Name> names(Caller caller, @RequestParam List<String> ids) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
        String schoolId = caller.requireSchool();
        Set<String> wanted = ids.stream().filter(id -> !id.isBlank()).limit(2000).collect(Collectors.toSet());
        if (!caller.hasAnyRole(SCHOOL_STAFF)) {
            String self = caller.requireParticipant();
            Set<String> allowed = new java.util.HashSet<>(mentorships.menteesOf(self, wanted));
            if (wanted.contains(self)) {
                allowed.add(self);
            }
            wanted = allowed;
        }
        return jdbc.sql("""
                        SELECT id, full_name FROM participant_view WHERE school_id = :school AND id IN (:ids)
                          AND status <> 'WITHDRAWN' ORDER BY full_name""")
                .param("school", schoolId).param("ids", wanted.isEmpty() ? Set.of("") : wanted)
                .query((rs, row) -> new Name(rs.getString("id"), rs.getString("full_name"))).list();
    }

    @GetMapping("/counts")
    @Operation(summary = "Численность баз: школе — своей, управлению — по школам муниципалитета, региону — по школам "
            + "региона; только числа, без имён")
    ParticipantCounts counts(Caller caller) {
        FindParticipantCountsQuery query;
        if (caller.hasRole(Caller.REGIONAL_ANALYST)) {
            query = new FindParticipantCountsQuery(null, null, caller.regionId());
        } else if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            query = new FindParticipantCountsQuery(null, caller.requireMunicipality(), null);
        } else {
            query = new FindParticipantCountsQuery(schoolOf(caller), null, null);
        }
        return queries.query(query, ResponseTypes.instanceOf(ParticipantCounts.class)).join();
    }

    @GetMapping("/vocabulary")
    @Operation(summary = "Справочники баз: роли, категории, запросы наставляемых, цели согласия, формы наставничества")
    Vocabulary vocabulary(Caller caller) {
        // lists, not people: everyone who works with the programme in the municipality may read them
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR, Caller.MUNICIPAL_OFFICER);
        return new Vocabulary(items(ParticipantRole.values(), ParticipantRole::title),
                items(ParticipantCategory.values(), ParticipantCategory::title),
                items(MentoringRequest.values(), MentoringRequest::title), items(ConsentScope.values(), ConsentScope::title),
                items(ConsentSigner.values(), ConsentSigner::title),
                items(MentorSelection.values(), MentorSelection::title), items(MentoringForm.values(), MentoringForm::title),
                MentorQuestionnaire.QUESTIONS.stream().map(question -> new Vocabulary.MentorQuestion(question.code(),
                        question.text(), question.kind().name())).toList());
    }

    @PutMapping("/{participantId}/requests")
    @Operation(summary = "Запросы наставляемого: из справочника и своими словами")
    ParticipantCard recordRequests(Caller caller, @PathVariable String participantId,
                                   @Valid @RequestBody MenteeRequestsRequest request) {
        String schoolId = schoolOf(caller);
        Set<MentoringRequest> requests = request.requests().stream().map(code -> known(MentoringRequest.class, code,
                "Неизвестный запрос: " + code)).collect(Collectors.toSet());
        commands.sendAndWait(new RecordMenteeRequestsCommand(participantId, schoolId, requests,
                seal(participantId, request.note())));
        return own(caller, participantId);
    }

    @PutMapping("/{participantId}/mentor-profile")
    @Operation(summary = "Компетенции наставника, предпочитаемые формы и сколько наставляемых он возьмёт")
    ParticipantCard describeMentor(Caller caller, @PathVariable String participantId,
                                   @Valid @RequestBody MentorProfileRequest request) {
        String schoolId = schoolOf(caller);
        Set<String> forms = request.preferredForms().stream().map(form -> MentoringForm.of(form)
                .orElseThrow(() -> RuleViolationException.unprocessable("form-unknown",
                        "Неизвестная форма наставничества: " + form)).name()).collect(Collectors.toSet());
        Set<MentoringRequest> competencies = request.competencyCodes().stream().map(code -> known(MentoringRequest.class,
                code, "Неизвестная компетенция: " + code)).collect(Collectors.toSet());
        commands.sendAndWait(new DescribeMentorCommand(participantId, schoolId, request.competencies(), competencies,
                forms, request.capacity()));
        return own(caller, participantId);
    }

    @PutMapping("/{participantId}/questionnaire")
    @Operation(summary = "Анкета потенциального наставника: ответы по кодам вопросов (см. vocabulary.mentorQuestions)")
    ParticipantCard recordAnswers(Caller caller, @PathVariable String participantId,
                                  @Valid @RequestBody MentorAnswersRequest request) {
        String schoolId = schoolOf(caller);
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        request.answers().forEach((code, answer) -> {
            if (answer == null || answer.isBlank()) {
                return;
            }
            MentorQuestionnaire.Question question = MentorQuestionnaire.question(code).orElseThrow(() ->
                    RuleViolationException.unprocessable("question-unknown", "В анкете нет такого вопроса: " + code));
            if (question.kind() == MentorQuestionnaire.Kind.SCALE) {
                try {
                    scores.put(code, Integer.parseInt(answer.strip()));
                } catch (NumberFormatException notANumber) {
                    throw RuleViolationException.unprocessable("score-range",
                            "Ответ на вопрос «" + question.text() + "» — число от 1 до 5");
                }
            } else {
                texts.put(code, seal(participantId, answer));
            }
        });
        commands.sendAndWait(new RecordMentorAnswersCommand(participantId, schoolId, scores, texts));
        return own(caller, participantId);
    }

    @PostMapping("/{participantId}/selection")
    @Operation(summary = "Итог отбора наставника")
    ParticipantCard select(Caller caller, @PathVariable String participantId,
                           @Valid @RequestBody SelectionRequest request) {
        commands.sendAndWait(new RecordMentorSelectionCommand(participantId, schoolOf(caller),
                MentorSelection.valueOf(request.selection()), request.reason()));
        return own(caller, participantId);
    }

    @PostMapping("/{participantId}/trainings")
    @Operation(summary = "Обучение наставника: курс, часы, удостоверение")
    ParticipantCard recordTraining(Caller caller, @PathVariable String participantId,
                                   @Valid @RequestBody TrainingRequest request) {
        commands.sendAndWait(new RecordMentorTrainingCommand(participantId, schoolOf(caller),
                UUID.randomUUID().toString(), request.course(), request.hours(),
                seal(participantId, request.certificateNumber()), request.certificateDate(), LocalDate.now(clock)));
        return own(caller, participantId);
    }

    @PostMapping("/{participantId}/consent-withdrawal")
    @Operation(summary = "Отзыв согласия: персональные данные удаляются безвозвратно, обезличенные числа остаются")
    ResponseEntity<Void> withdraw(Caller caller, @PathVariable String participantId,
                                  @Valid @RequestBody WithdrawalRequest request) {
        commands.sendAndWait(new WithdrawConsentCommand(participantId, schoolOf(caller), request.withdrawnOn(),
                LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }

    /** Only the school's own staff see people; everyone else is told plainly. */
    private static String schoolOf(Caller caller) {
        caller.requireAnyRole(SCHOOL_STAFF);
        return caller.requireSchool();
    }

    private ParticipantCard own(Caller caller, String participantId) {
        String schoolId = schoolOf(caller);
        return queries.query(new FindParticipantQuery(participantId),
                        ResponseTypes.optionalInstanceOf(ParticipantCard.class)).join()
                .filter(card -> card.schoolId().equals(schoolId))
                .orElseThrow(() -> new NotFoundException("Участник не найден"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String seal(String participantId, String text) {
        return vault.seal(participantId, text == null ? "" : text.strip());
    }

    private static <E extends Enum<E>> List<ParticipantCard.Item> items(E[] values, Function<E, String> title) {
        return Arrays.stream(values).map(value -> new ParticipantCard.Item(value.name(), title.apply(value))).toList();
    }

    private static <E extends Enum<E>> E known(Class<E> type, String code, String message) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            throw RuleViolationException.unprocessable("unknown-code", message);
        }
    }
}
