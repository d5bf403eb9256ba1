package org.gsi.earlywarning;

import java.util.UUID;

/** A situation as other modules name it, for a reader who may see it. */
public record SituationRef(UUID id, String title, String ownerParty) {}
