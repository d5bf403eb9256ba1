package org.gsi.dialogue.internal;

import java.time.LocalDate;
import org.gsi.registry.PartyCode;

/** An implementing party's account of what it did, and whether its part is complete. */
record ImplementationReport(PartyCode party, LocalDate reportedOn, String text, boolean partComplete) {}
