package org.gsi.negotiation.internal;

/** An adopted text is final. */
public final class TextAlreadyAdoptedException extends NegotiationException {

    TextAlreadyAdoptedException(String title) {
        super("\"" + title + "\" has been adopted and can no longer be changed");
    }
}
