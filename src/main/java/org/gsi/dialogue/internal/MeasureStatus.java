package org.gsi.dialogue.internal;

/** Where a confidence-building measure stands; overdue is judged against its due date. */
enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    IMPLEMENTED
}
