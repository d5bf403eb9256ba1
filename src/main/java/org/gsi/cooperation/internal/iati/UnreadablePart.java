package org.gsi.cooperation.internal.iati;

import org.gsi.platform.Message;
import org.gsi.platform.Refusal;

/**
 * A part of an activity that cannot be read, with the reason as a message of the bundles: the activity is rejected
 * for it, or the part is left out with a warning, and the import report says so in the reader's language. It never
 * leaves the import: the report holds it.
 */
public final class UnreadablePart extends Refusal {

    public UnreadablePart(Message reason) {
        super(reason);
    }

    /**
     * The reason a step failed: its message when it has one (a refusal of the platform, such as this), else the
     * failure's own text, shown as written.
     */
    public static Message reason(RuntimeException e) {
        if (e instanceof Refusal r) {
            return r.words();
        }
        return Message.of(Message.UNTRANSLATED, String.valueOf(e.getMessage()));
    }
}
