package org.gsi.sharing.internal.taxii;

import org.gsi.platform.AccessDenied;
import org.gsi.platform.Actors;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.sharing.internal.stix.BundleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the TAXII endpoints as TAXII 2.1 error messages ({@code title}, {@code description},
 * {@code http_status}) in the TAXII media type. Not-found and not-allowed-to-read are the same 404; a refusal to
 * write is a 403 and is audited.
 */
@RestControllerAdvice(assignableTypes = {TaxiiController.class, TaxiiObjectsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(TaxiiErrors.class);

    private final ApplicationEventPublisher events;

    TaxiiErrors(ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(TaxiiException.class)
    ResponseEntity<String> taxii(TaxiiException e) {
        return TaxiiHttp.error(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return TaxiiHttp.error(HttpStatus.NOT_FOUND, "Not found", "Not found, or you may not read it.");
    }

    @ExceptionHandler(BundleReader.UnreadableBundleException.class)
    ResponseEntity<String> unreadable(BundleReader.UnreadableBundleException e) {
        return TaxiiHttp.error(HttpStatus.BAD_REQUEST, "Not a STIX 2.1 envelope", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return TaxiiHttp.error(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
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
        return TaxiiHttp.error(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failure(Exception e) {
        LOG.error("TAXII request failed", e);
        return TaxiiHttp.error(
                HttpStatus.INTERNAL_SERVER_ERROR, "Server error", "The request could not be completed; try again.");
    }
}
