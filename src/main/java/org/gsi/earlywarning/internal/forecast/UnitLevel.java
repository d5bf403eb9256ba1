package org.gsi.earlywarning.internal.forecast;

/** The spatial unit of a forecast. */
public enum UnitLevel {
    COUNTRY,
    ADMIN1,
    GRID
}
