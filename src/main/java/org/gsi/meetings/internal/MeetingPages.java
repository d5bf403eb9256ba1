package org.gsi.meetings.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.meetings.internal.MeetingViews.DelegationRequest;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.meetings.internal.MeetingViews.SessionRequest;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The meetings list, a meeting with its programme and delegations, and the forms of organisers and parties. */
@Controller
class MeetingPages {

    private final MeetingService service;
    private final DelegationService delegations;
    private final MeetingDocuments documents;

    MeetingPages(MeetingService service, DelegationService delegations, MeetingDocuments documents) {
        this.service = service;
        this.delegations = delegations;
        this.documents = documents;
    }

    @GetMapping("/meetings")
    String list(
            @RequestParam(required = false) String series, @RequestParam(required = false) String party, Model model) {
        model.addAttribute("meetings", service.list(series, party, Actors.readerParty()));
        model.addAttribute("series", series);
        model.addAttribute("party", party);
        model.addAttribute("loggedIn", Actors.current().isPresent());
        return "meetings/index";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
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
        model.addAttribute(
                "canRegister",
                actor.map(a -> a.can(Permission.EDIT_PARTY_RECORDS)).orElse(false) && !m.cancelled());
        model.addAttribute("reader", reader);
        if (!model.containsAttribute("sessionValues")) {
            model.addAttribute("sessionValues", Map.of());
        }
        return "meetings/meeting";
    }

    @PostMapping("/meetings/{id}/delegations")
    String register(
            @PathVariable UUID id,
            @RequestParam String headName,
            @RequestParam(required = false) String headFunction,
            @RequestParam(required = false) String members,
            @RequestParam(required = false) String credentials) {
        List<PersonRequest> people = new ArrayList<>();
        if (members != null) {
            for (String line : members.split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(",", 2);
                    people.add(new PersonRequest(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
                }
            }
        }
        delegations.register(
                Actors.required(),
                id,
                new DelegationRequest(new PersonRequest(headName, headFunction), people, credentials));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/sessions")
    String session(
            @PathVariable UUID id,
            @RequestParam String title,
            @RequestParam String start,
            @RequestParam String end,
            @RequestParam(required = false) String room,
            @RequestParam(required = false) String speakers,
            Model model,
            HttpServletResponse response) {
        try {
            service.addSession(
                    Actors.required(),
                    id,
                    new SessionRequest(
                            title,
                            start,
                            end,
                            room,
                            speakers == null || speakers.isBlank() ? List.of() : List.of(speakers.split("\\s*;\\s*"))));
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("sessionError", e.field());
            model.addAttribute(
                    "sessionValues",
                    Map.of(
                            "title",
                            title,
                            "start",
                            start,
                            "end",
                            end,
                            "room",
                            nullToEmpty(room),
                            "speakers",
                            nullToEmpty(speakers)));
            return meeting(id, model);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @PostMapping("/meetings/{id}/cancellation")
    String cancel(@PathVariable UUID id) {
        service.cancel(Actors.required(), id);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{meeting}/delegations/{id}/{step}")
    String step(@PathVariable UUID meeting, @PathVariable UUID id, @PathVariable String step) {
        var actor = Actors.required();
        switch (step) {
            case "approve" -> delegations.decide(actor, id, true);
            case "reject" -> delegations.decide(actor, id, false);
            case "withdraw" -> delegations.withdraw(actor, id);
            default -> throw new org.gsi.platform.NotFoundException("step", step);
        }
        return "redirect:/meetings/" + meeting;
    }
}
