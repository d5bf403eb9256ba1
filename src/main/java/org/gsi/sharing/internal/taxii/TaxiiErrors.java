package org.gsi.sharing.internal.taxii;

import org.gsi.platform.AccessDenied;
import org.gsi.platform.Actors;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.ReaderFormats;
import org.gsi.sharing.internal.stix.BundleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the TAXII endpoints as TAXII 2.1 error messages ({@code title}, {@code description},
 * {@code http_status}) in the TAXII media type. Not-found and not-allowed-to-read are the same 404; a refusal to
 * write is a 403 and is audited. Title and description are the reader's words ({@code Accept-Language}); the status
 * is the code.
 */
@RestControllerAdvice(assignableTypes = {TaxiiController.class, TaxiiObjectsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(TaxiiErrors.class);

    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    TaxiiErrors(ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    private ResponseEntity<String> error(HttpStatus status, String type, Message description) {
        ReaderFormats reader = ReaderFormats.current(messages);
        return TaxiiHttp.error(status, reader.text(Message.of("problem.title." + type)), reader.text(description));
    }

    @ExceptionHandler(TaxiiException.class)
    ResponseEntity<String> taxii(TaxiiException e) {
        return error(e.status(), e.type(), e.description());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not-found", Message.of("sharing.error.notFound"));
    }

    @ExceptionHandler(BundleReader.UnreadableBundleException.class)
    ResponseEntity<String> unreadable(BundleReader.UnreadableBundleException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid-input", Message.of(e.key()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return error(
                HttpStatus.BAD_REQUEST, "invalid-input", Message.of("sharing.taxii.parameter", e.field(), e.words()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e) {
        Actors.current()
                .ifPresent(actor -> events.publishEvent(new AccessDenied(
                        actor,
                        e.action(),
                        e.recordType(),
                        e.recordId().orElse(null),
                        e.recordOwner().orElse(null),
                        e.getMessage())));
        return error(HttpStatus.FORBIDDEN, "forbidden", e.words());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failure(Exception e) {
        LOG.error("TAXII request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", Message.of("sharing.taxii.failed"));
    }
}
