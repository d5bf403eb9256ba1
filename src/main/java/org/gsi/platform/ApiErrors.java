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

/** Every API error as an RFC 9457 problem detail with a clear {@code detail}. */
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
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        String detail = e.words()
                .map(w -> e.field() + ": " + ReaderFormats.current(messages).text(w))
                .orElse(e.getMessage());
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        DeniedAttempts.publish(events, e);
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        String detail = e.words().map(ReaderFormats.current(messages)::text).orElse(e.getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", detail);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail p =
                problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed by someone else", e.getMessage());
        p.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(HttpHeaders.ETAG, Versions.etag(e.currentVersion()))
                .body(p);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'"
                        + (e.getRequiredType() == null ? "." : "; expected " + describe(e.getRequiredType()) + "."));
        p.setProperty("field", e.getName());
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                "Parameter '" + ex.getParameterName() + "' is required.");
        p.setProperty("field", ex.getParameterName());
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var first = ex.getBindingResult().getFieldErrors().stream().findFirst();
        String field = first.map(f -> f.getField()).orElse(ex.getObjectName());
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request body is invalid.");
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        p.setProperty("field", field);
        return ResponseEntity.badRequest().body(p);
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return "a " + type.getSimpleName();
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }
}
