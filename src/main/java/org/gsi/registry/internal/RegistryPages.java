package org.gsi.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.registry.MembershipView;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistryPages {

    private final RegistryService registry;
    private final ContactService contacts;
    private final PartyStore store;
    private final Taxonomy taxonomy;
    private final MapJson mapJson;

    RegistryPages(
            RegistryService registry, ContactService contacts, PartyStore store, Taxonomy taxonomy, MapJson mapJson) {
        this.registry = registry;
        this.contacts = contacts;
        this.store = store;
        this.taxonomy = taxonomy;
        this.mapJson = mapJson;
    }

    /** The orders the registry list offers (the store turns each into SQL for the reader's language). */
    private static final Map<String, String> COLUMNS =
            PartyQuery.SORTS.stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> c));

    @GetMapping("/parties")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String grouping,
            @RequestParam(required = false) String mechanism,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            jakarta.servlet.http.HttpServletRequest http,
            Model model) {
        String lang = language();
        Paging paging = Paging.of(http, COLUMNS, "name", false, 50);
        PartyKind k = blank(kind) ? null : PartyKind.parse(kind);
        PageView<PartySummary> parties = registry.search(new PartyQuery(
                q,
                k,
                blank(region) ? null : region,
                blank(grouping) ? null : grouping,
                blank(mechanism) ? null : mechanism,
                lang,
                paging.page(),
                paging.size(),
                paging.sort(),
                paging.descending()));
        model.addAttribute("parties", parties);
        model.addAttribute("paging", paging);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("grouping", grouping);
        model.addAttribute("mechanism", mechanism);
        model.addAttribute("lang", lang);
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("regions", store.regions(lang));
        model.addAttribute("regionNames", store.regionNames(lang));
        model.addAttribute("mechanisms", registry.mechanisms());
        model.addAttribute(
                "canKeepRegistry",
                Actors.current().map(a -> a.can(Permission.MANAGE_REGISTRY)).orElse(false));
        return htmx != null ? "registry/list :: results" : "registry/list";
    }

    @GetMapping("/parties/{code}")
    String profile(@PathVariable String code, Model model) {
        PartySummary party = registry.require(code);
        if (!party.code().equals(code)) {
            return "redirect:/parties/" + party.code();
        }
        String lang = language();
        List<MembershipView> all = registry.memberships(party);
        Map<String, List<MembershipView>> asMember = new LinkedHashMap<>();
        Map<String, List<MembershipView>> members = new LinkedHashMap<>();
        for (MembershipView m : all) {
            if (m.memberCode().equals(party.code())) {
                asMember.computeIfAbsent(m.mechanismCode(), x -> new java.util.ArrayList<>())
                        .add(m);
            } else {
                members.computeIfAbsent(m.memberCode(), x -> new java.util.ArrayList<>())
                        .add(m);
            }
        }
        model.addAttribute("party", party);
        model.addAttribute("lang", lang);
        model.addAttribute("asMember", asMember);
        model.addAttribute("members", members);
        model.addAttribute("names", names(lang, asMember.keySet(), members.keySet(), party.parentCode()));
        model.addAttribute("regionNames", store.regionNames(lang));
        model.addAttribute("organs", registry.organsOf(party.code()));
        model.addAttribute(
                "mechanismKind",
                party.mechanismKind() == null
                        ? null
                        : taxonomy.find(TermKind.MECHANISM_KIND, party.mechanismKind())
                                .orElse(null));
        model.addAttribute("groupings", party.isCountry() ? RegistryService.groupingsOf(party) : List.of());
        model.addAttribute("contacts", contacts.list(party.code()));
        var actor = Actors.current();
        model.addAttribute(
                "canEditContacts",
                actor.map(a -> a.canFor(Permission.EDIT_PARTY_RECORDS, party.code()))
                        .orElse(false));
        model.addAttribute(
                "canKeepRegistry",
                actor.map(a -> a.can(Permission.MANAGE_REGISTRY)).orElse(false));
        model.addAttribute(
                "statuses", RegistryService.STATUSES.stream().sorted().toList());
        return "registry/profile";
    }

    @PostMapping("/parties")
    String register(
            @RequestParam String code,
            @RequestParam String kind,
            @RequestParam String nameEn,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String description,
            RedirectAttributes flash) {
        PartySummary p = registry.register(
                Actors.required(),
                new RegistryService.RegisterPartyRequest(
                        code.trim(),
                        kind,
                        blank(shortName) ? null : shortName.trim(),
                        Map.of("en", nameEn.trim()),
                        blank(parent) ? null : parent.trim(),
                        null,
                        blank(description) ? null : description.trim()));
        flash.addFlashAttribute("registered", p.code());
        return "redirect:/parties/" + p.code();
    }

    @PostMapping("/parties/{code}/memberships")
    String recordMembership(
            @PathVariable String code,
            @RequestParam String member,
            @RequestParam String status,
            @RequestParam String effectiveFrom,
            @RequestParam String source,
            @RequestParam(required = false) String note) {
        registry.recordMembership(
                Actors.required(),
                code,
                new RegistryService.RecordMembershipRequest(
                        member.trim(), status, parseDate(effectiveFrom), source, blank(note) ? null : note.trim()));
        return "redirect:/parties/" + code;
    }

    @PostMapping("/parties/{code}/contacts")
    String addContact(
            @PathVariable String code,
            @RequestParam String office,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam String visibility) {
        contacts.add(
                Actors.required(),
                code,
                new ContactService.ContactRequest(
                        office,
                        blankToNull(person),
                        blankToNull(email),
                        blankToNull(phone),
                        null,
                        visibility,
                        List.of()));
        return "redirect:/parties/" + code;
    }

    @PostMapping("/contacts/{id}/delete")
    String deleteContact(@PathVariable java.util.UUID id) {
        String owner = contacts.get(id).ownerParty();
        contacts.delete(Actors.required(), id);
        return "redirect:/parties/" + owner;
    }

    private static java.time.LocalDate parseDate(String value) {
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.gsi.platform.InvalidInputException("effectiveFrom", "a date like 2025-01-31");
        }
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    @GetMapping("/map")
    String map(@RequestParam(defaultValue = "sco") String mechanism, Model model) {
        PartySummary m = registry.require(mechanism);
        String lang = language();
        Map<String, String> statuses = registry.statusesIn(m.code());
        Map<String, Object[]> byM49 = new LinkedHashMap<>();
        statuses.forEach((member, status) -> registry.find(member)
                .filter(p -> p.m49() != null)
                .ifPresent(p -> byM49.put(p.m49(), new Object[] {p.code(), p.name(lang), status})));
        model.addAttribute("mechanism", m);
        model.addAttribute("mechanisms", registry.mechanisms());
        model.addAttribute("statuses", byM49);
        model.addAttribute("statusesJson", mapJson.write(byM49));
        model.addAttribute("labelsJson", mapJson.labels(LocaleContextHolder.getLocale()));
        model.addAttribute(
                "counts",
                statuses.values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        model.addAttribute("lang", lang);
        return "registry/map";
    }

    private Map<String, String> names(
            String lang, java.util.Collection<String> a, java.util.Collection<String> b, String parent) {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.stream.Stream.concat(
                        java.util.stream.Stream.concat(a.stream(), b.stream()),
                        java.util.stream.Stream.ofNullable(parent))
                .forEach(c -> out.put(c, registry.find(c).map(p -> p.name(lang)).orElse(c)));
        return out;
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
