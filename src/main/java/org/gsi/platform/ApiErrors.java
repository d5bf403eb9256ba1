package org.gsi.platform;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail with a clear {@code detail}. The {@code type} is a stable address;
 * {@code title} and {@code detail} are said in the reader's language ({@code Accept-Language}), with field and
 * parameter names as the API spells them.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    ApiErrors(
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    static final String TYPE_BASE = "/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.words());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, jakarta.servlet.http.HttpServletRequest request) {
        String detail = e.field() + ": " + say(e.words());
        return invalid(e.field(), detail, request);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", e.words());
    }

    /** A message in the reader's language. */
    private String say(Message message) {
        return ReaderFormats.current(messages).text(message);
    }

    /** A problem whose title is the reader's word for its type and whose detail is {@code detail} in their words. */
    private ProblemDetail problem(HttpStatus status, String type, Message detail) {
        return problem(status, type, title(messages, type), say(detail));
    }

    /** The title of a problem type in the reader's language. */
    static String title(org.springframework.context.MessageSource messages, String type) {
        return ReaderFormats.current(messages).text(Message.of("problem.title." + type));
    }

    /**
     * A 400 naming the field; a refused command (anything but a read) of a signed-in user is audited like a
     * refused permission, so the attempt is kept although nothing changed.
     */
    private ProblemDetail invalid(String field, String detail, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", title(messages, "invalid-input"), detail);
        p.setProperty("field", field);
        String method = request == null ? "GET" : request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            Actors.current()
                    .ifPresent(actor -> events.publishEvent(new AccessDenied(
                            actor,
                            "invalid-input",
                            "request",
                            method + " " + request.getRequestURI(),
                            null,
                            "invalid input, " + cut(detail))));
        }
        return p;
    }

    private static String cut(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cc}", "?");
        return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (BodyTooLargeException.in(ex) != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(BodyTooLargeException.in(ex)));
        }
        String field = "body";
        String detail = say(Message.of("problem.detail.notJson"));
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j
                    && !j.getPath().isEmpty()) {
                field = path(j.getPath());
                detail = say(Message.of("problem.detail.fieldUnreadable", field, cut(j.getOriginalMessage())));
                if (t.getCause() instanceof InvalidInputException invalid) {
                    detail = invalid.field() + ": " + say(invalid.words());
                }
                break;
            }
        }
        return ResponseEntity.badRequest().body(invalid(field, detail, servlet(request)));
    }

    private static String path(java.util.List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var r : path) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static jakarta.servlet.http.HttpServletRequest servlet(WebRequest request) {
        return request instanceof org.springframework.web.context.request.ServletWebRequest s ? s.getRequest() : null;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        DeniedAttempts.publish(events, e);
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.words());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", e.words());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e.words());
        p.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(HttpHeaders.ETAG, Versions.etag(e.currentVersion()))
                .body(p);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", e.words());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, jakarta.servlet.http.HttpServletRequest request) {
        return invalid(
                e.getName(),
                say(mismatch(e.getName(), cut(String.valueOf(e.getValue())), e.getRequiredType())),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(
                        ex.getParameterName(),
                        say(Message.of("problem.detail.required", ex.getParameterName())),
                        servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var first = ex.getBindingResult().getFieldErrors().stream().findFirst();
        String field = first.map(f -> f.getField()).orElse(ex.getObjectName());
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElseGet(() -> say(Message.of("problem.detail.invalidBody")));
        return ResponseEntity.badRequest().body(invalid(field, detail, servlet(request)));
    }

    /** A parameter of the wrong type: with what was expected where that can be said (a number, one of a list). */
    private static Message mismatch(String name, String value, Class<?> type) {
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return Message.of("problem.detail.parameterNumber", name, value);
        }
        if (type != null && type.isEnum()) {
            return Message.of(
                    "problem.detail.parameterOneOf",
                    name,
                    value,
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return Message.of("problem.detail.parameter", name, value);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }
}
