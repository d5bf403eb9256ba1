package org.gsi.earlywarning;

/** How exactly an event's date is known. */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    UNKNOWN
}
