package ru.nastavnik.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ru.nastavnik.edge.UnreadableBody;
import ru.nastavnik.platform.domain.BrokenRule;

/** Every error leaves a service as RFC 9457 problem+json with a message a person understands. */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://nastavnik.local/problems/";

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException exception) {
        HttpStatus status = switch (exception.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail problem = problem(status, "Действие не выполнено", exception.getMessage(), exception.code());
        problem.setProperty("code", exception.code());
        return problem;
    }

    /** The one place where a domain rule's "no" becomes an HTTP status. */
    @ExceptionHandler(BrokenRule.class)
    ProblemDetail ruleBroken(BrokenRule broken) {
        HttpStatus status = switch (broken.nature()) {
            case STATE -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_VISIBLE -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = problem(status, status == HttpStatus.NOT_FOUND ? "Не найдено" : "Действие не выполнено",
                broken.getMessage(), broken.code());
        problem.setProperty("code", broken.code());
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof RuleViolationException violation) {
            return ruleViolated(violation);
        }
        if (cause instanceof BrokenRule broken) {
            return ruleBroken(broken);
        }
        log.error("Command failed", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
                "Не удалось выполнить действие. Повторите позже.", "internal");
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException exception) {
        String detail = exception instanceof NotFoundException ? exception.getMessage() : "Запись не найдена";
        return problem(HttpStatus.NOT_FOUND, "Не найдено", detail, "not-found");
    }

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ProblemDetail concurrentChange(RuntimeException exception) {
        return problem(HttpStatus.CONFLICT, "Изменено другим пользователем",
                "Запись изменил кто-то другой, пока вы её редактировали. Обновите страницу и повторите.",
                "concurrent-modification");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception) {
        return problem(HttpStatus.FORBIDDEN, "Нет доступа", exception.getMessage(), "forbidden");
    }

    /** Whatever else went wrong: logged with its trace, answered without it. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
                "Не удалось выполнить действие из-за внутренней ошибки. Повторите позже.", "internal");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Некорректный запрос", exception.getMessage(), "bad-request");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        exception.getBindingResult().getFieldErrors()
                .forEach(error -> fields.putIfAbsent(error.getField(), error.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Некорректные данные",
                "Проверьте поля: " + String.join("; ", fields.entrySet().stream()
                        .map(entry -> entry.getKey() + " — " + entry.getValue()).toList()), "validation");
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body Jackson could not read: the field and the reason, never the value that was sent. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Некорректный запрос",
                UnreadableBody.detailOf(exception), "unreadable-body");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode statusCode,
                                                             WebRequest request) {
        if (body instanceof ProblemDetail problem && statusCode.is4xxClientError()) {
            problem.setTitle("Некорректный запрос");
            problem.setDetail(russianDetail(statusCode, problem.getDetail()));
        }
        return super.handleExceptionInternal(exception, body, headers, statusCode, request);
    }

    private static String russianDetail(HttpStatusCode status, String original) {
        return switch (status.value()) {
            case 400 -> "Запрос не удалось прочитать: проверьте формат JSON и типы полей.";
            case 404 -> "Такого адреса нет.";
            case 405 -> "Этот метод не поддерживается для данного адреса.";
            case 406, 415 -> "Неподдерживаемый формат данных: используйте application/json.";
            case 413 -> "Файл или запрос слишком велик.";
            default -> original;
        };
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }
}
