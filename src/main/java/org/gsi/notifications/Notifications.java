package org.gsi.notifications;

import org.gsi.platform.Role;

/** Delivers notices to users' inboxes (and by e-mail when configured). */
public interface Notifications {

    /** To every enabled user of {@code party} with {@code role} (e.g. the focal points); returns how many. */
    int toParty(String party, Role role, Notice notice);

    /** To the focal points and administrators of {@code party}; returns how many. */
    int toPartyFocalPoints(String party, Notice notice);

    /** To one user. */
    void toUser(String username, Notice notice);

    /** Unread notices of a user. */
    long unread(String username);
}
