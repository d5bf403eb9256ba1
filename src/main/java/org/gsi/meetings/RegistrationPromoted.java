package org.gsi.meetings;

import org.gsi.commitments.PartyCode;

/** A registration moved from the waiting list to a place awaiting the organiser's approval. */
public record RegistrationPromoted(MeetingId meeting, RegistrationId registration, PartyCode registrant) {}
