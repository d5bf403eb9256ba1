package org.gsi.earlywarning.internal.store;

/** The database refused or lost a write to the event store; the import stops and its job fails. */
public class EventStoreException extends RuntimeException {

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
