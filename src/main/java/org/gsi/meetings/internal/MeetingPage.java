package org.gsi.meetings.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.platform.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one meeting as its reader may see it, and the same page again after one of its forms was refused:
 * with the reason in the reader's language next to that form and what was typed still in it.
 */
@Component
class MeetingPage {

    /** A refused form: which one ({@code session}, {@code register}, …), the field named, the translated reason. */
    record Refusal(String form, String field, String message, UUID target) {}

    /** The forms whose typed values come back after a refusal, as {@code <form>Values} in the model. */
    /** The statuses of a delegation that still holds or waits for seats: one such registration per party. */
    private static final java.util.Set<String> ACTIVE = java.util.Set.of("pending", "waiting", "approved");

    private static final List<String> FORMS_WITH_VALUES = List.of("session", "document", "register", "member");

    private final MeetingService service;
    private final DelegationService delegations;
    private final MeetingDocuments documents;
    private final MessageSource messages;

    MeetingPage(
            MeetingService service, DelegationService delegations, MeetingDocuments documents, MessageSource messages) {
        this.service = service;
        this.delegations = delegations;
        this.documents = documents;
        this.messages = messages;
    }

    String show(UUID id, Model model) {
        var actor = Actors.current();
        String reader = Actors.readerParty();
        var m = service.get(id, reader);
        model.addAttribute("m", m);
        model.addAttribute("delegations", delegations.delegations(id, reader));
        model.addAttribute("documents", documents.list(id, reader));
        model.addAttribute(
                "organiser",
                actor.map(a -> a.canFor(Permission.EDIT_PARTY_RECORDS, m.organiser()))
                        .orElse(false));
        boolean mayRegister = m.seriesKind().equals("forum") || m.invited().contains(reader);
        var listed = delegations.delegations(id, reader);
        boolean registered = listed.stream().anyMatch(d -> d.party().equals(reader) && ACTIVE.contains(d.status()));
        boolean mayAct = actor.map(a -> a.can(Permission.EDIT_PARTY_RECORDS)).orElse(false)
                && !m.cancelled()
                && (mayRegister || reader.equals(m.organiser()));
        // a refused registration keeps its form, with what was typed, next to the reason
        boolean refusedRegistration =
                model.getAttribute("refusal") instanceof Refusal r && r.form().equals("register");
        model.addAttribute("canRegister", mayAct && (!registered || refusedRegistration));
        model.addAttribute(
                "registeredAlready",
                mayAct && registered && !refusedRegistration
                        ? messages.getMessage(
                                "meetings.conflict.registered", new Object[] {reader}, LocaleContextHolder.getLocale())
                        : null);
        model.addAttribute("reader", reader);
        for (String form : FORMS_WITH_VALUES) {
            if (!model.containsAttribute(form + "Values")) {
                model.addAttribute(form + "Values", Map.of());
            }
        }
        return "meetings/meeting";
    }

    /**
     * The meeting page again with the reason a form was refused: 400 for input that breaks a rule (the reason
     * names the field, {@code meetings.error.<form>.<field>}), 409 for a conflict with the meeting's state, 404
     * for a document deleted meanwhile.
     * {@code target} is the delegation or document the form acted on, if any.
     */
    String refused(
            UUID id,
            String form,
            UUID target,
            RuntimeException refusal,
            Map<String, String> values,
            Model model,
            HttpServletResponse response) {
        var locale = LocaleContextHolder.getLocale();
        if (refusal instanceof InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String message = messages.getMessage(
                    "meetings.error." + form + "." + e.field(),
                    null,
                    e.words().isUntranslated()
                            ? messages.getMessage("meetings.error.other", null, locale)
                            : ReaderFormats.current(messages).text(e.words()),
                    locale);
            model.addAttribute("refusal", new Refusal(form, e.field(), message, target));
        } else if (refusal instanceof ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "refusal",
                    new Refusal(form, "", ReaderFormats.current(messages).text(e.words()), target));
        } else if (refusal instanceof NotFoundException && form.equals("document")) {
            // the meeting is shown again only if the reader may see it; otherwise show() says "not found" itself
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute(
                    "refusal",
                    new Refusal(form, "", messages.getMessage("meetings.gone.document", null, locale), target));
        } else {
            throw refusal;
        }
        model.addAttribute(form + "Values", values);
        return show(id, model);
    }
}
