package org.gsi.platform;

import org.springframework.context.ApplicationEventPublisher;

/** Turns a refusal into an {@link AccessDenied} event for the audit trail. */
final class DeniedAttempts {

    private DeniedAttempts() {}

    static void publish(ApplicationEventPublisher events, ForbiddenException e) {
        Actors.current()
                .ifPresent(actor -> events.publishEvent(new AccessDenied(
                        actor,
                        e.action(),
                        e.recordType(),
                        e.recordId().orElse(null),
                        e.recordOwner().orElse(null),
                        e.getMessage())));
    }
}
