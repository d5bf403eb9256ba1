package org.gsi.negotiation.internal;

/** The option does not exist in this paragraph. */
public final class UnknownOptionException extends NegotiationException {

    UnknownOptionException(Object option, String paragraph) {
        super("There is no option " + option + " in " + paragraph);
    }
}
