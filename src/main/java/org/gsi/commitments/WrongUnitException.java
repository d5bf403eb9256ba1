package org.gsi.commitments;

import java.util.Locale;
import org.gsi.platform.Message;

/** A delivery was given in a unit other than the pledge's. */
public class WrongUnitException extends CommitmentException {

    public WrongUnitException(PledgeUnit given, PledgeUnit expected) {
        super(Message.of("commitments.refused.wrongUnit", word(expected), word(given)));
    }

    /** Money by its currency code, any other unit by its word in the reader's language. */
    private static Object word(PledgeUnit unit) {
        return unit.currency()
                .<Object>map(c -> c.getCurrencyCode())
                .orElseGet(() ->
                        Message.of("commitments.unit." + unit.kind().name().toLowerCase(Locale.ROOT)));
    }
}
