package org.gsi.platform;

import java.util.Collection;
import java.util.Locale;

/**
 * Who may read a record, set by its owner party (non-interference).
 *
 * <ul>
 *   <li>{@link #PUBLIC}: everyone, also without logging in;
 *   <li>{@link #PARTICIPANTS}: the owner party and the record's participating parties;
 *   <li>{@link #OWNER}: the owner party alone.
 * </ul>
 *
 * <p>A draft (a record its owner has not yet put before anyone) is read by its owner party alone, whatever its
 * visibility: the visibility takes effect once the record leaves the draft.
 */
public enum Visibility {
    PUBLIC,
    PARTICIPANTS,
    OWNER;

    /**
     * Whether a reader acting for {@code readerParty} (empty for an anonymous reader) may read a record.
     */
    public boolean admits(String readerParty, String ownerParty, Collection<String> participants) {
        if (this == PUBLIC) {
            return true;
        }
        if (readerParty == null || readerParty.isBlank()) {
            return false;
        }
        if (readerParty.equals(ownerParty)) {
            return true;
        }
        return this == PARTICIPANTS && participants.contains(readerParty);
    }

    /** The rule for a record that may still be a draft: a draft admits its owner party only. */
    public boolean admits(String readerParty, String ownerParty, Collection<String> participants, boolean draft) {
        if (draft) {
            return readerParty != null && readerParty.equals(ownerParty);
        }
        return admits(readerParty, ownerParty, participants);
    }

    /**
     * The same rule as {@link #admits(String, String, Collection, boolean)} as a SQL predicate, for a table whose
     * drafts are the rows where {@code draftCondition} holds (such as {@code p.status = 'DRAFT'}).
     */
    public static String sqlPredicate(String alias, String participantsColumn, String draftCondition) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return "(" + a + "owner_party = :reader OR (NOT (" + draftCondition + ") AND "
                + sqlPredicate(alias, participantsColumn) + "))";
    }

    /**
     * The same rule as {@link #admits} as a SQL predicate over a table with columns {@code visibility},
     * {@code owner_party} and a text array of participant codes. Binds the named parameter
     * {@code :reader} (the reader's party code, or an empty string for an anonymous reader).
     */
    public static String sqlPredicate(String alias, String participantsColumn) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return "(" + a + "visibility = 'PUBLIC' OR " + a + "owner_party = :reader OR (" + a
                + "visibility = 'PARTICIPANTS' AND :reader = ANY(" + a + participantsColumn + ")))";
    }

    public static Visibility parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("visibility", Message.of("platform.refused.visibility"));
        }
    }
}
