package org.gsi.training.internal;

/** Where a nomination stands: nominated → selected → enrolled → completed, or not selected / withdrawn. */
enum NominationStatus {
    NOMINATED,
    SELECTED,
    NOT_SELECTED,
    ENROLLED,
    COMPLETED,
    WITHDRAWN;

    boolean holdsASeat() {
        return this != NOT_SELECTED && this != WITHDRAWN;
    }
}
