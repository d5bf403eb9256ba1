package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * One country's seats in a course and the reason for that number, shown to everyone; the reason is a message of the
 * bundles, put into words in the reader's language.
 */
public record SeatShare(PartyCode party, int requested, int seats, Message reason) {}
