package org.gsi.meetings.internal;

/** Pending approval, approved, on the waiting list, or out (withdrawn, rejected). */
enum RegistrationStatus {
    PENDING,
    APPROVED,
    WAITING,
    WITHDRAWN,
    REJECTED;

    boolean holdsPlaces() {
        return this == PENDING || this == APPROVED;
    }

    boolean isActive() {
        return holdsPlaces() || this == WAITING;
    }
}
