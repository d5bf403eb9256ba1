package org.gsi.dialogue;

/** The five dimensions of confidence-building measures, as grouped in CICA's catalogue. */
public enum CbmDimension {
    MILITARY_POLITICAL,
    NEW_CHALLENGES_AND_THREATS,
    ECONOMIC,
    ENVIRONMENTAL,
    HUMAN
}
