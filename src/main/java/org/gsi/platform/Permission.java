package org.gsi.platform;

/** Named permissions, granted by {@link Role}s and always exercised for the actor's own party. */
public enum Permission {
    READ_PARTY_RECORDS,
    EDIT_PARTY_RECORDS,
    SPEAK_FOR_PARTY,
    MANAGE_PARTY_USERS,
    MANAGE_ALL_USERS,
    MANAGE_REGISTRY,
    READ_PARTY_AUDIT,
    READ_ALL_AUDIT
}
