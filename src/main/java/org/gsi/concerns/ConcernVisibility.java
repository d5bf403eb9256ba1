package org.gsi.concerns;

/** Who may read a concern: everyone, or only the secretariat (and the owning party). */
public enum ConcernVisibility {
    PUBLIC,
    SECRETARIAT
}
