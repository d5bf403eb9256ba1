package org.gsi.cooperation;

/** Who may see a project: everyone, the participating parties, or the initiating party only. */
public enum Visibility {
    PUBLIC,
    PARTICIPANTS,
    OWNER
}
