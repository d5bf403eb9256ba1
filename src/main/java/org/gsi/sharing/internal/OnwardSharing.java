package org.gsi.sharing.internal;

import java.util.Optional;

/**
 * How far a reader may pass an object on, by its marking: the sender names further recipients of its own objects
 * whatever their marking; anyone else only as far as the marking allows.
 *
 * <ul>
 *   <li>TLP:CLEAR and TLP:GREEN — already open to everyone (the community): passing it on informs the party;
 *   <li>TLP:AMBER — a recipient (a member of the target group, or a party the sender named) may inform the parties
 *       that need to know; a party informed so may not pass it further;
 *   <li>TLP:AMBER+STRICT — refused: it stays within the recipients' own organisations;
 *   <li>unmarked — refused: it was shared with its target only; the sender may name more recipients;
 *   <li>TLP:RED — refused: for the named recipients only.
 * </ul>
 */
final class OnwardSharing {

    /** Allowed, with the kind of grant it makes, or refused with the reason. */
    record Decision(Optional<GrantKind> grant, Optional<Reason> refusal) {

        static Decision allow(GrantKind kind) {
            return new Decision(Optional.of(kind), Optional.empty());
        }

        static Decision refuse(String key) {
            return new Decision(Optional.empty(), Optional.of(Reason.of(key)));
        }
    }

    private OnwardSharing() {}

    /**
     * @param isSender the party passing it on sent the object
     * @param isRecipient the party is a member of the target group or was named by the sender
     */
    static Decision decide(Tlp tlp, boolean isSender, boolean isRecipient) {
        if (isSender) {
            return Decision.allow(GrantKind.NAMED);
        }
        return switch (tlp) {
            case CLEAR, GREEN -> Decision.allow(GrantKind.INFORMED);
            case AMBER ->
                isRecipient
                        ? Decision.allow(GrantKind.INFORMED)
                        : Decision.refuse("sharing.onward.refused.informedOnly");
            case AMBER_STRICT -> Decision.refuse("sharing.onward.refused.amberStrict");
            case NONE -> Decision.refuse("sharing.onward.refused.unmarked");
            case RED -> Decision.refuse("sharing.onward.refused.red");
        };
    }
}
