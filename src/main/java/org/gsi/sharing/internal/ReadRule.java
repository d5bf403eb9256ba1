package org.gsi.sharing.internal;

import java.util.Set;

/**
 * Who may read an object version, decided by its TLP marking and its sharing target together. The sender's own
 * party always reads what it sent. Beyond it:
 *
 * <ul>
 *   <li>TLP:CLEAR — everyone, also anonymous readers;
 *   <li>TLP:GREEN — the community: every party of the platform;
 *   <li>TLP:AMBER — the members of the target group, and the parties a recipient informed (need to know) or the
 *       sender named;
 *   <li>TLP:AMBER+STRICT and unmarked — the members of the target group (each within its own organisation), and
 *       the parties the sender named; nobody else;
 *   <li>TLP:RED — the named recipients: the members of the target group when it was sent who are still members,
 *       and the parties the sender named. Whoever joins the group later never reads it.
 * </ul>
 *
 * An object sent to the sender's own collection has no target group: beyond the sender, only GREEN and CLEAR reach
 * anyone, and the parties the sender named. The same rule is {@link #sql} for every query of the module.
 */
final class ReadRule {

    private ReadRule() {}

    /** The rule in Java, for one version and the grants naming the reader on its object. */
    static boolean admits(Reader reader, StoredObject o, Set<GrantKind> readerGrants) {
        if (o.tlp() == Tlp.CLEAR) {
            return true;
        }
        if (reader.isAnonymous()) {
            return false;
        }
        if (o.senderParty().equals(reader.party()) || o.tlp() == Tlp.GREEN) {
            return true;
        }
        boolean inTarget = o.targetGroup().map(reader.groups()::contains).orElse(false);
        boolean named = readerGrants.contains(GrantKind.NAMED);
        return switch (o.tlp()) {
            case AMBER -> inTarget || !readerGrants.isEmpty();
            case AMBER_STRICT, NONE -> inTarget || named;
            case RED -> (inTarget && o.recipients().contains(reader.party())) || named;
            default -> false;
        };
    }

    /**
     * The rule as a SQL predicate over {@code sharing_object} aliased {@code o}. Binds {@code :reader} (the party, or
     * an empty string) and {@code :groups} (the reader's groups as a uuid array literal, see
     * {@link Reader#groupsLiteral()}).
     */
    static String sql(String o) {
        return "(" + o + ".tlp = 'CLEAR' OR (:reader <> '' AND (" + o + ".sender_party = :reader OR " + o
                + ".tlp = 'GREEN'"
                + " OR (" + o + ".tlp IN ('AMBER', 'AMBER_STRICT', 'NONE') AND " + o
                + ".target_group = ANY(CAST(:groups AS uuid[])))"
                + " OR (" + o + ".tlp = 'RED' AND " + o
                + ".target_group = ANY(CAST(:groups AS uuid[])) AND :reader = ANY("
                + o + ".recipients))"
                + " OR EXISTS (SELECT 1 FROM sharing_grant g WHERE g.stix_id = " + o + ".stix_id AND g.sender_party = "
                + o + ".sender_party AND g.party = :reader AND (g.kind = 'NAMED' OR " + o + ".tlp = 'AMBER')))))";
    }
}
