package org.gsi.dialogue;

import java.time.LocalDate;
import java.util.Set;
import org.gsi.registry.PartyCode;

/** A confidence-building measure passed its due date without being implemented. */
public record MeasureOverdue(MeasureId measure, String title, Set<PartyCode> implementingParties, LocalDate due)
        implements DialogueEvent {}
