package org.gsi.notifications;

/**
 * Who may read the record a notice is about, as the record's module decides it (its visibility rule): the notice
 * reaches a user only if this admits the user's party.
 */
@FunctionalInterface
public interface Readers {

    boolean admit(String party);

    /** A record everyone may read (a public meeting, an alert computed from public data). */
    static Readers everyone() {
        return party -> true;
    }
}
