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
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageForms;
import org.gsi.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meetings list, a meeting with its programme and delegations, and the forms of organisers and parties. A
 * refused form brings the meeting page back with the reason next to it and what was typed still in it.
 */
@Controller
class MeetingPages {

    private final MeetingService service;
    private final DelegationService delegations;
    private final MeetingPage page;
    private final PageForms forms;

    MeetingPages(MeetingService service, DelegationService delegations, MeetingPage page, PageForms forms) {
        this.service = service;
        this.delegations = delegations;
        this.page = page;
        this.forms = forms;
    }

    /** The columns the meetings list sorts by, and the SQL of each. */
    static final Map<String, String> COLUMNS =
            Map.of("title", "lower(title)", "series", "series", "start", "starts_at", "venue", "lower(venue)");

    @GetMapping("/meetings")
    String list(
            @RequestParam(required = false) String series,
            @RequestParam(required = false) String party,
            jakarta.servlet.http.HttpServletRequest http,
            Model model) {
        var actor = Actors.current();
        Paging paging = Paging.of(http, COLUMNS, "start", true, 50);
        var meetings = service.list(series, party, Actors.readerParty(), paging, COLUMNS);
        model.addAttribute("meetings", meetings.items());
        model.addAttribute("total", meetings.total());
        model.addAttribute("paging", paging);
        model.addAttribute("series", series);
        model.addAttribute("party", party);
        model.addAttribute("loggedIn", actor.isPresent());
        model.addAttribute("mayConvene", actor.map(MeetingService::mayConvene).orElse(false));
        return "meetings/index";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        return page.show(id, model);
    }

    @PostMapping("/meetings/{id}/delegations")
    String register(
            @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        List<PersonRequest> people = new ArrayList<>();
        for (String line : form.getOrDefault("members", "").split("\\R")) {
            if (!line.isBlank()) {
                String[] parts = line.split(",", 2);
                people.add(new PersonRequest(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
            }
        }
        try {
            delegations.register(
                    Actors.required(),
                    id,
                    new DelegationRequest(
                            new PersonRequest(form.get("headName"), form.get("headFunction")),
                            people,
                            form.get("credentials")));
            return "redirect:/meetings/" + id + "#delegations";
        } catch (InvalidInputException | ConflictException e) {
            return page.refused(id, "register", null, e, form, model, response);
        }
    }

    @PostMapping("/meetings/{id}/sessions")
    String session(
            @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        String speakers = form.getOrDefault("speakers", "");
        try {
            service.addSession(
                    Actors.required(),
                    id,
                    new SessionRequest(
                            form.getOrDefault("title", ""),
                            form.getOrDefault("start", ""),
                            form.getOrDefault("end", ""),
                            form.get("room"),
                            speakers.isBlank() ? List.of() : List.of(speakers.split("\\s*;\\s*"))));
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return page.refused(id, "session", null, e, form, model, response);
        }
    }

    /** The step before cancelling a meeting: the organiser confirms it. */
    @GetMapping("/meetings/{id}/cancellation")
    String confirmCancellation(@PathVariable UUID id, Model model) {
        var m = service.get(id, Actors.readerParty());
        return forms.confirmation(
                model,
                "meetings.confirm.cancel",
                new Object[] {m.title()},
                "/meetings/" + id + "/cancellation",
                "meetings.cancel",
                "/meetings/" + id);
    }

    /** The step before withdrawing a delegation: its party confirms it. */
    @GetMapping("/meetings/{meeting}/delegations/{id}/withdraw")
    String confirmWithdrawal(@PathVariable UUID meeting, @PathVariable UUID id, Model model) {
        var reg = delegations.own(Actors.required(), id, "withdraw");
        var m = service.get(reg.meeting(), Actors.readerParty());
        return forms.confirmation(
                model,
                "meetings.confirm.withdraw",
                new Object[] {reg.party(), m.title()},
                "/meetings/" + m.id() + "/delegations/" + id + "/withdraw",
                "meetings.withdraw",
                "/meetings/" + m.id() + "#delegations");
    }

    @PostMapping("/meetings/{id}/cancellation")
    String cancel(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            service.cancel(Actors.required(), id);
            return "redirect:/meetings/" + id;
        } catch (ConflictException e) {
            return page.refused(id, "cancel", null, e, Map.of(), model, response);
        }
    }

    @PostMapping("/meetings/{meeting}/delegations/{id}/members")
    String addMember(
            @PathVariable UUID meeting,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        try {
            delegations.addMember(Actors.required(), id, new PersonRequest(form.get("name"), form.get("function")));
            return "redirect:/meetings/" + meeting + "#delegations";
        } catch (InvalidInputException | ConflictException e) {
            return page.refused(meeting, "member", id, e, form, model, response);
        }
    }

    @PostMapping("/meetings/{meeting}/delegations/{id}/members/removal")
    String removeMember(
            @PathVariable UUID meeting,
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response) {
        try {
            delegations.removeMember(Actors.required(), id, name);
            return "redirect:/meetings/" + meeting + "#delegations";
        } catch (ConflictException e) {
            return page.refused(meeting, "delegation", id, e, Map.of(), model, response);
        }
    }

    @PostMapping("/meetings/{meeting}/delegations/{id}/{step}")
    String step(
            @PathVariable UUID meeting,
            @PathVariable UUID id,
            @PathVariable String step,
            Model model,
            HttpServletResponse response) {
        var actor = Actors.required();
        try {
            switch (step) {
                case "approve" -> delegations.decide(actor, id, true);
                case "reject" -> delegations.decide(actor, id, false);
                case "withdraw" -> delegations.withdraw(actor, id);
                default -> throw new NotFoundException("step", step);
            }
            return "redirect:/meetings/" + meeting + "#delegations";
        } catch (ConflictException e) {
            return page.refused(meeting, "delegation", id, e, Map.of(), model, response);
        }
    }
}
