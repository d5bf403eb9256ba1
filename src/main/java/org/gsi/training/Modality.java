package org.gsi.training;

/** How a course is taught. */
public enum Modality {
    IN_PERSON,
    ONLINE,
    BLENDED
}
