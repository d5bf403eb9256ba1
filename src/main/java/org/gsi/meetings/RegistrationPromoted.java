package org.gsi.meetings;

/** A registration moved from the waiting list to a place awaiting the organiser's approval. */
public record RegistrationPromoted(MeetingId meeting, RegistrationId registration, String party) {}
