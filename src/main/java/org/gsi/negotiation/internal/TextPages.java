package org.gsi.negotiation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageForms;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of negotiated texts: the list, and the text with its paragraphs, positions and comfort map. */
@Controller
class TextPages {

    private final NegotiationService service;
    private final PartyNames partyNames;
    private final PageWords words;
    private final PageForms forms;

    TextPages(NegotiationService service, PartyNames partyNames, PageWords words, PageForms forms) {
        this.service = service;
        this.partyNames = partyNames;
        this.words = words;
        this.forms = forms;
    }

    /** What the viewer may do on a text. */
    record Rights(String party, boolean speak, boolean amend, boolean facilitate) {}

    @GetMapping("/texts")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            HttpServletRequest http,
            Model model) {
        return list(q, status, Paging.of(http, 25), model);
    }

    private String list(String q, String status, Paging paging, Model model) {
        PageView<TextHead> texts = service.list(Actors.readerParty(), q, status, null, paging.page(), paging.size());
        model.addAttribute("texts", texts);
        model.addAttribute("paging", paging);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("actor", Actors.current().orElse(null));
        return "negotiation/list";
    }

    /** A new text; a refused one comes back on the list with the form open, the reason and all typed kept. */
    @PostMapping("/texts")
    String create(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) List<String> participants,
            @RequestParam(required = false) String facilitator,
            @RequestParam(defaultValue = "participants") String visibility,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Actor actor = Actors.required();
        List<String> codes = participants == null
                ? List.of()
                : participants.stream()
                        .flatMap(p -> java.util.Arrays.stream(p.split("[,\\s]+")))
                        .filter(s -> !s.isBlank())
                        .distinct()
                        .toList();
        return forms.submit(
                "negotiation.text",
                request,
                response,
                model,
                () -> {
                    TextHead head = service.create(
                            actor,
                            new NegotiationService.CreateTextRequest(
                                    title == null ? "" : title,
                                    rule == null ? "" : rule,
                                    PageForms.decimal("threshold", threshold).orElse(null),
                                    codes,
                                    facilitator,
                                    visibility,
                                    null),
                            false);
                    return "redirect:/texts/" + head.id();
                },
                () -> list(null, null, new Paging("/texts", 0, 25, Paging.FIXED_ORDER, false, Map.of()), model));
    }

    @GetMapping("/texts/{id}")
    String text(@PathVariable UUID id, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        service.readWithHead(Actors.readerParty(), id, (head, t) -> {
            Rights rights = rights(head, t);
            List<PageParagraph> paragraphs = new ArrayList<>();
            ComfortMap map = ComfortMap.of(t);
            t.paragraphs().forEach(p -> paragraphs.add(PageParagraph.of(p, rights.party(), map.status(p.number()))));
            model.addAttribute("head", head);
            model.addAttribute("names", names(head, lang));
            model.addAttribute("ruleText", words.rule(t.rule()));
            model.addAttribute("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
            model.addAttribute("version", t.version());
            model.addAttribute("paragraphs", paragraphs);
            model.addAttribute("map", ComfortMapView.of(map));
            model.addAttribute("rights", rights);
            model.addAttribute(
                    "adoptable", paragraphs.stream().allMatch(PageParagraph::agreed) && !paragraphs.isEmpty());
            model.addAttribute(
                    "agreedCount",
                    paragraphs.stream().filter(PageParagraph::agreed).count());
            model.addAttribute("adoption", t.adoption().map(TextViews::adoption).orElse(null));
            model.addAttribute(
                    "readings",
                    t.readings().stream()
                            .map(r -> new TextViews.ReadingView(r.number(), r.label(), r.takenAt(), r.textVersion()))
                            .toList());
            return head;
        });
        Map<String, String> labels = words.paragraphLabels();
        model.addAttribute("l", labels);
        model.addAttribute("stanceOptions", PageParagraph.stanceOptions(labels));
        return "negotiation/text";
    }

    private Map<String, String> names(TextHead head, String lang) {
        List<String> all = new ArrayList<>(head.participants());
        all.add(head.facilitator());
        return partyNames.of(all, lang);
    }

    private static Rights rights(TextHead head, NegotiatedText t) {
        Optional<Actor> actor = Actors.current();
        if (actor.isEmpty() || t.status() != org.gsi.negotiation.TextStatus.DRAFTING) {
            return new Rights(actor.map(Actor::partyCode).orElse(""), false, false, false);
        }
        Actor a = actor.get();
        boolean participant = head.participants().contains(a.partyCode());
        return new Rights(
                a.partyCode(),
                participant && a.can(Permission.SPEAK_FOR_PARTY),
                participant && a.can(Permission.EDIT_PARTY_RECORDS),
                head.facilitator().equals(a.partyCode()) && a.can(Permission.EDIT_PARTY_RECORDS));
    }

    @GetMapping("/texts/{id}/paragraphs/{number}")
    String paragraph(@PathVariable UUID id, @PathVariable String number, Model model) {
        return fragment(id, number, model, null);
    }

    @GetMapping("/texts/{id}/comfort-map")
    String comfortMap(@PathVariable UUID id, Model model) {
        service.readWithHead(Actors.readerParty(), id, (head, t) -> {
            model.addAttribute("head", head);
            model.addAttribute("map", ComfortMapView.of(t));
            model.addAttribute(
                    "names", names(head, LocaleContextHolder.getLocale().getLanguage()));
            return head;
        });
        return "negotiation/text :: comfort-map";
    }

    @PostMapping("/texts/{id}/paragraphs/{number}/position")
    String position(
            @PathVariable UUID id,
            @PathVariable String number,
            @RequestParam String stance,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String option,
            Model model) {
        String n = TextController.number(number);
        String error = attempt(() -> service.execute(
                Actors.required(),
                id,
                new TextCommand.State(
                        n,
                        option == null || option.isBlank() ? null : UUID.fromString(option),
                        TextController.stance(stance),
                        reason),
                null,
                false));
        return fragment(id, n, model, error);
    }

    @PostMapping("/texts/{id}/paragraphs/{number}/amendment")
    String amend(
            @PathVariable UUID id,
            @PathVariable String number,
            @RequestParam String kind,
            @RequestParam(required = false) String phrase,
            @RequestParam(required = false) String text,
            @RequestParam long revision,
            Model model) {
        String n = TextController.number(number);
        String error = attempt(() -> {
            AmendmentKind k = TextController.kind(kind);
            String current = service.read(
                    Actors.readerParty(),
                    id,
                    t -> t.paragraph(ParagraphNumber.parse(n)).text());
            int start = locate(current, phrase, k);
            int end = k == AmendmentKind.INSERT ? start : start + phrase.length();
            service.execute(
                    Actors.required(),
                    id,
                    new TextCommand.Propose(n, revision, k, start, end, text, UUID.randomUUID()),
                    null,
                    false);
        });
        return fragment(id, n, model, error);
    }

    /** Finds the phrase to amend; an insertion goes after it, or at the end when no phrase is given. */
    private static int locate(String current, String phrase, AmendmentKind kind) {
        if (phrase == null || phrase.isEmpty()) {
            if (kind == AmendmentKind.INSERT) {
                return current.length();
            }
            throw new InvalidInputException("phrase", Message.of("negotiation.refused.phrase"));
        }
        int at = current.indexOf(phrase);
        if (at < 0) {
            throw new InvalidInputException("phrase", Message.of("negotiation.refused.phraseMissing", phrase));
        }
        return kind == AmendmentKind.INSERT ? at + phrase.length() : at;
    }

    @PostMapping("/texts/{id}/paragraphs/{number}/clean")
    String clean(@PathVariable UUID id, @PathVariable String number, @RequestParam long version, Model model) {
        String n = TextController.number(number);
        String error = attempt(
                () -> service.execute(Actors.required(), id, new TextCommand.Clean(n), Versions.etag(version), true));
        return fragment(id, n, model, error);
    }

    @PostMapping("/texts/{id}/paragraphs")
    String addParagraph(
            @PathVariable UUID id, @RequestParam String number, @RequestParam String text, @RequestParam long version) {
        service.execute(
                Actors.required(),
                id,
                new TextCommand.AddParagraph(TextController.number(number), text),
                Versions.etag(version),
                true);
        return "redirect:/texts/" + id;
    }

    @PostMapping("/texts/{id}/adoption")
    String adopt(@PathVariable UUID id, @RequestParam(required = false) String decision, @RequestParam long version) {
        service.execute(Actors.required(), id, new TextCommand.Adopt(decision), Versions.etag(version), true);
        return "redirect:/texts/" + id;
    }

    @PostMapping("/texts/{id}/readings")
    String freeze(@PathVariable UUID id, @RequestParam(required = false) String label) {
        service.execute(Actors.required(), id, new TextCommand.Freeze(label), null, false);
        return "redirect:/texts/" + id;
    }

    private String fragment(UUID id, String number, Model model, String error) {
        ParagraphNumber n = ParagraphNumber.parse(TextController.number(number));
        service.readWithHead(Actors.readerParty(), id, (head, t) -> {
            if (!t.paragraphs().stream().anyMatch(p -> p.number().equals(n))) {
                throw new NotFoundException("paragraph", n.label());
            }
            Rights rights = rights(head, t);
            model.addAttribute("head", head);
            model.addAttribute("p", PageParagraph.of(t, t.paragraph(n), rights.party()));
            Map<String, String> labels = words.paragraphLabels();
            model.addAttribute("l", labels);
            model.addAttribute("stanceOptions", PageParagraph.stanceOptions(labels));
            model.addAttribute("rights", rights);
            model.addAttribute("version", t.version());
            return null;
        });
        model.addAttribute("error", error);
        return "negotiation/paragraph :: paragraph";
    }

    /** Runs a command for an htmx request; a refusal becomes a message shown in the paragraph. */
    private String attempt(Runnable command) {
        try {
            command.run();
            return null;
        } catch (StaleParagraphException e) {
            return forms.reason(Message.of("negotiation.refused.staleParagraphNow", e.words(), e.currentText()));
        } catch (InvalidInputException | ConflictException | StaleVersionException e) {
            return forms.reason(e);
        } catch (IllegalArgumentException e) {
            return forms.reason(Message.of("negotiation.refused.paragraphNumber"));
        }
    }
}
