package org.gsi.meetings;

/** The organiser cancelled a meeting; calendars carry it as STATUS:CANCELLED. */
public record MeetingCancelled(MeetingId meeting, int sequence) {}
