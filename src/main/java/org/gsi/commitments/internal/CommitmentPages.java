package org.gsi.commitments.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.commitments.internal.CommitmentViews.DeliveryRequest;
import org.gsi.commitments.internal.CommitmentViews.PledgeDetail;
import org.gsi.commitments.internal.CommitmentViews.PledgeRequest;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.PageForms;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The public accountability pages, a pledge's ledger and the forms of the focal points. */
@Controller
class CommitmentPages {

    private final CommitmentService service;
    private final AccountabilityLedger ledger;
    private final LedgerTableCache cache;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final JsonMapper json;
    private final org.springframework.context.MessageSource messages;
    private final PageForms forms;

    CommitmentPages(
            CommitmentService service,
            AccountabilityLedger ledger,
            LedgerTableCache cache,
            Registry registry,
            Taxonomy taxonomy,
            JsonMapper json,
            org.springframework.context.MessageSource messages,
            PageForms forms) {
        this.messages = messages;
        this.forms = forms;
        this.service = service;
        this.ledger = ledger;
        this.cache = cache;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.json = json;
    }

    /** The orders the ledger offers, the column names of the address (the store holds their SQL). */
    private static final java.util.Map<String, String> ORDERS = PledgeStore.ORDERS;

    @GetMapping("/commitments")
    String accountability(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String period,
            HttpServletRequest http,
            Model model) {
        return page(PledgeFilter.of(party, area, unit, null, status, period), http, model, "commitments/index");
    }

    @GetMapping("/commitments/parties/{code}")
    String party(
            @PathVariable String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String period,
            HttpServletRequest http,
            Model model) {
        String party = registry.find(code)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("party", code))
                .code();
        model.addAttribute("scopeParty", party);
        return page(PledgeFilter.of(party, null, null, null, status, period), http, model, "commitments/index");
    }

    @GetMapping("/commitments/areas/{code}")
    String area(
            @PathVariable String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String period,
            HttpServletRequest http,
            Model model) {
        taxonomy.find(TermKind.PRIORITY_AREA, code)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("priority area", code));
        model.addAttribute("scopeArea", code);
        return page(PledgeFilter.of(null, code, null, null, status, period), http, model, "commitments/index");
    }

    /** Totals cover every pledge the reader may see; the table shows one page of them, in the order chosen. */
    private String page(PledgeFilter filter, HttpServletRequest http, Model model, String view) {
        Paging paging = Paging.of(http, ORDERS, "date", true, AccountabilityLedger.PAGE);
        String reader = Actors.readerParty();
        java.util.Locale locale = LocaleContextHolder.getLocale();
        var labels = labels();
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .build()
                .getPath();
        String prefix = base == null ? "" : base;
        var entry = cache.get(
                cache.key(reader, filter, paging, locale),
                () -> ledger.page(filter, reader, paging.sort(), paging.descending(), paging.page(), paging.size()),
                fresh -> cache.render(
                        locale,
                        fresh.pledges().items().stream()
                                .map(p -> AccountabilityLedger.row(p, labels, prefix))
                                .toList(),
                        messages.getMessage("commitments.demo", null, locale),
                        messages.getMessage("commitments.progress", null, locale)));
        var result = entry.ledger();
        model.addAttribute("pledges", result.pledges());
        model.addAttribute("paging", paging);
        model.addAttribute("rowsHtml", entry.rowsHtml());
        model.addAttribute("labels", labels);
        model.addAttribute("perParty", result.perParty());
        model.addAttribute("perArea", result.perArea());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", StatusPolicy.ORDER);
        model.addAttribute("years", service.years(reader));
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute(
                "canPledge",
                Actors.current().map(a -> a.can(Permission.SPEAK_FOR_PARTY)).orElse(false));
        return view;
    }

    /** Status and unit labels resolved once per page rather than once per row. */
    private java.util.Map<String, String> labels() {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (String status : List.of("on_track", "behind", "met", "lapsed")) {
            labels.put("status." + status, messages.getMessage("commitments.status." + status, null, locale));
        }
        for (String unit : List.of("training_places", "money", "items", "experts", "days")) {
            labels.put("unit." + unit, messages.getMessage("commitments.unit." + unit, null, locale));
        }
        for (String visibility : List.of("public", "participants", "owner")) {
            labels.put("vis." + visibility, messages.getMessage("commitments.vis." + visibility, null, locale));
        }
        return labels;
    }

    @GetMapping("/commitments/{id}")
    String detail(@PathVariable UUID id, Model model) {
        String reader = Actors.readerParty();
        PledgeDetail detail = service.detail(id, reader);
        model.addAttribute("detail", detail);
        model.addAttribute("p", detail.pledge());
        model.addAttribute("progressJson", json.writeValueAsString(detail.progress()));
        model.addAttribute(
                "canReport",
                Actors.current()
                        .map(a -> a.canFor(
                                Permission.SPEAK_FOR_PARTY, detail.pledge().pledger()))
                        .orElse(false));
        model.addAttribute("reader", reader);
        model.addAttribute(
                "canConfirm",
                Actors.current().map(a -> a.can(Permission.SPEAK_FOR_PARTY)).orElse(false));
        model.addAttribute("today", LocalDate.now());
        return "commitments/detail";
    }

    @GetMapping("/commitments/new")
    String newPledge(Model model) {
        Actors.required();
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("rules", PledgeRequests.RULES);
        model.addAttribute("today", LocalDate.now());
        return "commitments/new";
    }

    /** A new pledge; a refused one comes back as the form with the reason next to the field and all typed kept. */
    @PostMapping("/commitments")
    String create(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String periodStart,
            @RequestParam(required = false) String periodEnd,
            @RequestParam(required = false) List<String> priorityAreas,
            @RequestParam(required = false) String beneficiaryRule,
            @RequestParam(required = false) List<String> beneficiaries,
            @RequestParam(required = false) String madeAt,
            @RequestParam(required = false) String visibility,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        Actor actor = Actors.required();
        return forms.submit(
                "commitments.pledge",
                http,
                response,
                model,
                () -> {
                    var created = service.create(
                            actor,
                            new PledgeRequest(
                                    actor.partyCode(),
                                    text,
                                    unit == null ? "" : unit,
                                    currency == null || currency.isBlank() ? null : currency,
                                    PageForms.decimal("target", target).orElse(null),
                                    PageForms.date("periodStart", periodStart).orElse(null),
                                    PageForms.date("periodEnd", periodEnd).orElse(null),
                                    priorityAreas,
                                    beneficiaryRule,
                                    codes(beneficiaries),
                                    madeAt == null || madeAt.isBlank() ? null : "document",
                                    madeAt,
                                    visibility));
                    return "redirect:/commitments/" + created.id();
                },
                () -> newPledge(model));
    }

    /** A delivery reported; a refused report comes back on the pledge's page with the reason and all typed kept. */
    @PostMapping("/commitments/{id}/deliveries")
    String report(
            @PathVariable UUID id,
            @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String beneficiary,
            @RequestParam(required = false) String evidence,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        return forms.submit(
                "commitments.delivery",
                http,
                response,
                model,
                () -> {
                    service.report(
                            Actors.required(),
                            id,
                            new DeliveryRequest(
                                    PageForms.decimal("quantity", quantity).orElse(null),
                                    unit == null ? "" : unit,
                                    currency == null || currency.isBlank() ? null : currency,
                                    PageForms.date("date", date).orElse(null),
                                    beneficiary,
                                    evidence,
                                    null,
                                    null));
                    return "redirect:/commitments/" + id;
                },
                () -> detail(id, model));
    }

    @PostMapping("/commitments/{id}/deliveries/{delivery}/confirmation")
    String confirm(@PathVariable UUID id, @PathVariable UUID delivery) {
        service.confirm(Actors.required(), id, delivery);
        return "redirect:/commitments/" + id;
    }

    /** Codes picked from a list or typed into one field, separated by commas, semicolons or spaces. */
    private static List<String> codes(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .flatMap(v -> Arrays.stream(v.split("[,;\\s]+")))
                        .filter(s -> !s.isBlank())
                        .distinct()
                        .toList();
    }
}
