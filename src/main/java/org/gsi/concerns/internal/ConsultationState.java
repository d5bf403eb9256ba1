package org.gsi.concerns.internal;

/**
 * Where a consultation on a raised concern stands: open within its window, addressed by the concerned party,
 * objected to by it, or lapsed when the window closed with no objection.
 */
public enum ConsultationState {
    OPEN,
    ADDRESSED,
    OBJECTED,
    LAPSED
}
