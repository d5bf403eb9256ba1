package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** The option does not exist in this paragraph. */
public final class UnknownOptionException extends NegotiationException {

    UnknownOptionException(Object option, String paragraph) {
        super(Message.of("negotiation.refused.unknownOption", String.valueOf(option), paragraph));
    }
}
