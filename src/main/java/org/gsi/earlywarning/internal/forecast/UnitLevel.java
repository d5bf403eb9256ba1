package org.gsi.earlywarning.internal.forecast;

/** The spatial unit of a forecast panel. */
public enum UnitLevel {
    COUNTRY,
    ADMIN1
}
