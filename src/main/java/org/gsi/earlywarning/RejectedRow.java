package org.gsi.earlywarning;

/** A row that could not be used: the physical line where its record starts and the reason, in plain words. */
public record RejectedRow(long line, String reason) {}
