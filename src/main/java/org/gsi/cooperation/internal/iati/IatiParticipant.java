package org.gsi.cooperation.internal.iati;

import org.gsi.cooperation.ParticipantRole;

/** A participating-org element: the organisation and its role. */
public record IatiParticipant(IatiOrg org, ParticipantRole role) {}
