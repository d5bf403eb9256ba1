package org.gsi.sharing.internal;

/** How a party came to read an object beyond its target. */
public enum GrantKind {
    /** The sender named it as a recipient (any marking). */
    NAMED,
    /** A recipient of a TLP:AMBER object informed it (need to know); no further onward sharing from it. */
    INFORMED
}
