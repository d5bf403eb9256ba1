package org.gsi.sharing.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.sharing.internal.stix.BundleReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The object browser (type, marking, party, dates), the page of one object (versions, markings, recipients, links,
 * its relationships drawn as a graph, the text as sent), the bundle upload with its per-object report, and
 * publishing an incident report. Refused forms come back with the reason and what was typed.
 */
@Controller
class ObjectPages {

    private final ObjectViews views;
    private final Collections collections;
    private final Ingest ingest;
    private final IncidentPublisher incidents;
    private final StatusStore statuses;
    private final MessageSource messages;
    private final long maxBundleBytes;

    ObjectPages(
            ObjectViews views,
            Collections collections,
            Ingest ingest,
            IncidentPublisher incidents,
            StatusStore statuses,
            MessageSource messages,
            @Value("${gsi.sharing.max-content-length:32MB}") DataSize max) {
        this.views = views;
        this.collections = collections;
        this.ingest = ingest;
        this.incidents = incidents;
        this.statuses = statuses;
        this.messages = messages;
        this.maxBundleBytes = max.toBytes();
    }

    @GetMapping("/sharing/objects")
    String browse(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page, Model model) {
        PageView<ObjectViews.ObjectLine> found =
                views.browse(Actors.current(), ObjectViews.filter(params), Math.max(0, page), 50);
        model.addAttribute("objects", found);
        model.addAttribute("f", params);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("types", TYPES);
        return "sharing/objects";
    }

    @GetMapping("/sharing/objects/{stixId}")
    String object(@PathVariable String stixId, @RequestParam Optional<String> sender, Model model) {
        model.addAttribute("o", views.detail(Actors.current(), stixId, sender));
        model.addAttribute("signedIn", Actors.current().isPresent());
        if (!model.containsAttribute("passOnValue")) {
            model.addAttribute("passOnValue", "");
        }
        return "sharing/object";
    }

    @PostMapping("/sharing/objects/{stixId}/recipients")
    String passOn(
            @PathVariable String stixId,
            @RequestParam Optional<String> sender,
            @RequestParam(defaultValue = "") String party,
            HttpServletResponse response,
            Model model) {
        try {
            views.passOn(Actors.required(), stixId, sender, party);
            model.addAttribute("passOnDone", party.trim());
        } catch (SharingRefusedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("passOnError", say(e.reason()));
            model.addAttribute("passOnValue", party);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passOnError", text("sharing.error.party"));
            model.addAttribute("passOnValue", party);
        } catch (ForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute(
                    "passOnError",
                    messages.getMessage(
                            "sharing.error.forbidden", new Object[] {e.getMessage()}, LocaleContextHolder.getLocale()));
            model.addAttribute("passOnValue", party);
        }
        return object(stixId, sender, model);
    }

    @PostMapping("/sharing/objects/{stixId}/links")
    String link(
            @PathVariable String stixId,
            @RequestParam Optional<String> sender,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String target,
            HttpServletResponse response,
            Model model) {
        try {
            ObjectLinks.Kind k = kind.equals("project") ? ObjectLinks.Kind.PROJECT : ObjectLinks.Kind.SITUATION;
            UUID id;
            try {
                id = UUID.fromString(target.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("id", Message.of("sharing.refused.notId", target.trim()));
            }
            views.link(Actors.required(), stixId, sender, k, id);
            return "redirect:/sharing/objects/" + stixId
                    + sender.map(s -> "?sender=" + s).orElse("");
        } catch (InvalidInputException | NotFoundException e) {
            // the object itself is readable (else object() below says so): the situation or project was not found
            response.setStatus(
                    e instanceof NotFoundException
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("linkError", text("sharing.error.id"));
            model.addAttribute("linkValues", Map.of("kind", kind, "target", target));
            return object(stixId, sender, model);
        }
    }

    @GetMapping("/sharing/upload")
    String upload(Model model) {
        Actor actor = Actors.required();
        model.addAttribute(
                "writable",
                collections.visibleTo(Optional.of(actor)).stream()
                        .filter(SharingCollection::canWrite)
                        .toList());
        model.addAttribute("tlps", Tlp.values());
        if (!model.containsAttribute("uploadValues")) {
            model.addAttribute("uploadValues", Map.of());
        }
        if (!model.containsAttribute("incidentValues")) {
            model.addAttribute("incidentValues", Map.of("tlp", "AMBER"));
        }
        return "sharing/upload";
    }

    @PostMapping("/sharing/upload")
    String receive(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String collection,
            HttpServletResponse response,
            Model model)
            throws IOException {
        String problem;
        try {
            if (file == null || file.isEmpty()) {
                throw new BundleReader.UnreadableBundleException("sharing.bundle.empty", "no file");
            }
            if (file.getSize() > maxBundleBytes) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                model.addAttribute(
                        "uploadError",
                        messages.getMessage(
                                "sharing.bundle.tooLarge",
                                new Object[] {maxBundleBytes / (1024 * 1024)},
                                LocaleContextHolder.getLocale()));
                model.addAttribute("uploadValues", Map.of("collection", collection));
                return upload(model);
            }
            ShareStatus s = ingest.ingest(Actors.required(), uuid(collection), file.getBytes(), "upload");
            return "redirect:/sharing/statuses/" + s.id();
        } catch (BundleReader.UnreadableBundleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problem = text(e.key());
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problem = text("sharing.error.collection");
        } catch (ForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            problem = text("sharing.error.collection");
        }
        model.addAttribute("uploadError", problem);
        model.addAttribute("uploadValues", Map.of("collection", collection));
        return upload(model);
    }

    @PostMapping("/sharing/incidents")
    String publish(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        String problem;
        try {
            ShareStatus s = incidents.publish(
                    Actors.required(),
                    form.getOrDefault("reportId", ""),
                    uuid(form.getOrDefault("collection", "")),
                    Tlp.parse(form.getOrDefault("tlp", "")));
            return "redirect:/sharing/statuses/" + s.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problem = text("sharing.error." + e.field());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            problem = text(
                    e.getMessage().startsWith("No incident") ? "sharing.error.reportId" : "sharing.error.collection");
        } catch (ForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            problem = messages.getMessage(
                    "sharing.error.forbidden", new Object[] {e.getMessage()}, LocaleContextHolder.getLocale());
        }
        model.addAttribute("incidentError", problem);
        model.addAttribute("incidentValues", form);
        return upload(model);
    }

    @GetMapping("/sharing/statuses/{id}")
    String report(@PathVariable UUID id, Model model) {
        ShareStatus s = statuses.find(id, Actors.required().partyCode())
                .orElseThrow(() -> new NotFoundException("status", id.toString()));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("s", s);
        model.addAttribute(
                "reasons",
                s.outcomes().stream()
                        .map(o -> messages.getMessage(
                                o.reason().key(),
                                o.reason().args().toArray(),
                                o.reason().english(),
                                locale))
                        .toList());
        return "sharing/report";
    }

    private String say(Reason r) {
        return messages.getMessage(r.key(), r.args().toArray(), r.english(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("collection", Message.of("sharing.error.collection"));
        }
    }

    static final List<String> TYPES = List.of(
            "attack-pattern",
            "campaign",
            "course-of-action",
            "grouping",
            "identity",
            "incident",
            "indicator",
            "infrastructure",
            "intrusion-set",
            "location",
            "malware",
            "malware-analysis",
            "note",
            "observed-data",
            "opinion",
            "report",
            "threat-actor",
            "tool",
            "vulnerability",
            "relationship",
            "sighting",
            "marking-definition",
            "domain-name",
            "email-addr",
            "file",
            "ipv4-addr",
            "ipv6-addr",
            "url");
}
