package org.gsi.dialogue.internal;

import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;

/** Turns a refusal of the dialogue rules into the platform's answer (403 audited, 409, 404 or 400). */
final class DialogueErrors {

    private DialogueErrors() {}

    static <T> T translate(
            java.util.function.Supplier<T> command, String action, String type, String id, String owner) {
        try {
            return command.get();
        } catch (NotAPartyConcernedException | NotOwnFocalPointException | NotAnImplementingPartyException e) {
            throw new ForbiddenException(e.getMessage(), action, type, id, owner);
        } catch (MediationStateException | MinutesStateException e) {
            throw new ConflictException(e.words());
        } catch (UnknownSessionException e) {
            throw new NotFoundException("session", e.getMessage());
        } catch (DialogueException e) {
            throw new InvalidInputException("request", e.words());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("request", Message.of("form.refused.request"));
        }
    }
}
