package org.gsi.training;

import org.gsi.commitments.PartyCode;

/** One country's seats in a course and the reason for that number, shown to everyone. */
public record SeatShare(PartyCode party, int requested, int seats, String reason) {}
