package org.gsi.screening.internal;

import org.gsi.platform.Actor;
import org.gsi.platform.Permission;

/**
 * Who may do what in screening.
 *
 * <ul>
 *   <li>The UN list is imported by secretariat administrators (the registry keepers: {@link Permission#MANAGE_REGISTRY}).
 *   <li>A national list is imported by a focal point of its owner party, who chooses who sees it (public, the parties
 *       named, or the party alone).
 *   <li>Names are checked by users who prepare their party's records ({@link Permission#EDIT_PARTY_RECORDS}), for
 *       their own party.
 *   <li>A check, its candidates and its decisions are seen by the party that asked and by the secretariat; anyone
 *       else is told it does not exist.
 *   <li>A decision on a check is recorded by a focal point of the party that asked.
 * </ul>
 */
final class ScreeningAccess {

    static final String SECRETARIAT = "gsi-secretariat";

    private ScreeningAccess() {}

    static boolean seesChecksOf(String reader, String party) {
        return reader != null && (reader.equals(party) || reader.equals(SECRETARIAT));
    }

    static void requireChecker(Actor actor, String action) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), action, "screening-check", null);
    }

    static void requireDecider(Actor actor, String party, String checkId) {
        actor.require(Permission.SPEAK_FOR_PARTY, party, "decide", "screening-check", checkId);
    }

    static void requireUnImporter(Actor actor) {
        actor.require(Permission.MANAGE_REGISTRY, "import", "screening-list", ListStore.UN);
    }

    static void requireNationalImporter(Actor actor, String listId) {
        actor.require(Permission.SPEAK_FOR_PARTY, actor.partyCode(), "import", "screening-list", listId);
    }
}
