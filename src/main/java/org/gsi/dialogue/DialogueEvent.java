package org.gsi.dialogue;

/** Something that happened in a dialogue track or to a confidence-building measure. */
public sealed interface DialogueEvent
        permits MediatorProposed,
                MediatorAppointed,
                MediatorDeclined,
                MediationEnded,
                MinutesApproved,
                MeasureOverdue {}
