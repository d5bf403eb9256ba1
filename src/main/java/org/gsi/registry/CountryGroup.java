package org.gsi.registry;

/** Country groupings a beneficiary rule can name (UN M49 designations). */
public enum CountryGroup {
    DEVELOPING,
    LEAST_DEVELOPED,
    SMALL_ISLAND_DEVELOPING,
    LANDLOCKED_DEVELOPING
}
