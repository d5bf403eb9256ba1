package org.gsi.earlywarning.internal.store;

import java.util.Set;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.Permission;

/**
 * Who writes which events. The events of a public source (UCDP GED, ACLED, GDELT 1.0 and 2.0) are shared by every
 * party and drive the rollups, alerts and forecasts: they are written only by the secretariat and by the parties
 * the secretariat names as data stewards of that source. Incident reports are each party's own: any party with an
 * editing role writes its own, stored under its own code, so they can never overwrite another party's reports or
 * any public source's events.
 */
public final class SourceWritePolicy {

    static final String SECRETARIAT = "gsi-secretariat";

    private SourceWritePolicy() {}

    static boolean isPublic(EventSource source) {
        return source != EventSource.INCIDENTS;
    }

    /**
     * Requires that the actor may write the events of the source.
     *
     * @param stewards the parties named as data stewards of that source
     * @throws ForbiddenException with the reason, recorded in the audit trail
     */
    public static void require(Actor actor, EventSource source, Set<String> stewards) {
        actor.require(Permission.EDIT_PARTY_RECORDS, "import", "event-import", null);
        if (!isPublic(source) || actor.partyCode().equals(SECRETARIAT) || stewards.contains(actor.partyCode())) {
            return;
        }
        throw new ForbiddenException(
                "The events of " + source.formatKey() + " are shared by every party: only the secretariat and the"
                        + " data stewards it names for " + source.formatKey() + " import them, and "
                        + actor.partyCode() + " is not one. Incident reports of your own are imported as"
                        + " 'incidents'.",
                "import",
                "event-import",
                source.formatKey(),
                null);
    }

    /** Whether the actor may name and remove data stewards: the secretariat's administrators. */
    static boolean mayNameStewards(Actor actor) {
        return actor.can(Permission.MANAGE_REGISTRY) && actor.partyCode().equals(SECRETARIAT);
    }

    /** Requires that the actor may name or remove data stewards: the secretariat's administrators. */
    static void requireStewardship(Actor actor, String action) {
        actor.require(Permission.MANAGE_REGISTRY, action, "data-steward", null);
        if (!mayNameStewards(actor)) {
            throw new ForbiddenException(
                    "Only the secretariat names the data stewards of public sources.",
                    action,
                    "data-steward",
                    null,
                    null);
        }
    }
}
