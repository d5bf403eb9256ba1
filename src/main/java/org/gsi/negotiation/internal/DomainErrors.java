package org.gsi.negotiation.internal;

import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;

/**
 * Turns a refusal of the domain into the platform's answer: not the caller's to do (403, audited), conflicting
 * with the text's state (409), or bad input naming the field (400). A stale paragraph stays itself: its answer
 * carries the newer text.
 */
final class DomainErrors {

    private DomainErrors() {}

    static void translate(Runnable command, TextHead head, String action) {
        try {
            command.run();
        } catch (StaleParagraphException e) {
            throw e;
        } catch (NotAParticipantException | NotOwnFocalPointException | NotTheFacilitatorException e) {
            throw new ForbiddenException(
                    e.getMessage(), action, NegotiationService.TYPE, head.id().toString(), head.ownerParty());
        } catch (TextAlreadyAdoptedException
                | ParagraphNotAgreedException
                | TextNotAdoptableException
                | DuplicateParagraphException
                | OverlappingAmendmentException e) {
            throw new ConflictException(e.words());
        } catch (UnknownParagraphException e) {
            throw new NotFoundException("paragraph", e.paragraph());
        } catch (UnknownOptionException e) {
            throw new InvalidInputException("option", e.words());
        } catch (ReasonRequiredException e) {
            throw new InvalidInputException("reason", e.words());
        } catch (SpanOutsideParagraphException e) {
            throw new InvalidInputException("start", e.words());
        } catch (NegotiationException e) {
            throw new InvalidInputException("text", e.words());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("number", Message.of("negotiation.refused.paragraphNumber"));
        }
    }
}
