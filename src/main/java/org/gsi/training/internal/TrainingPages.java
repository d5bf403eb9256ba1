package org.gsi.training.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.PageForms;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.training.internal.TrainingViews.NominationRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Course list, a course with its allocation and nominations, and the public certificate check. */
@Controller
class TrainingPages {

    private final TrainingService service;
    private final NominationService nominations;
    private final Allocations allocations;
    private final Certificates certificates;
    private final PageForms forms;

    TrainingPages(
            TrainingService service,
            NominationService nominations,
            Allocations allocations,
            Certificates certificates,
            PageForms forms) {
        this.service = service;
        this.nominations = nominations;
        this.allocations = allocations;
        this.certificates = certificates;
        this.forms = forms;
    }

    /** The columns the course list sorts by, and the SQL of each. */
    static final Map<String, String> COLUMNS = Map.of(
            "topic", "lower(topic)",
            "provider", "provider",
            "start", "starts_on",
            "seats", "seats",
            "deadline", "nomination_deadline");

    @GetMapping("/training")
    String list(HttpServletRequest http, Model model) {
        Paging paging = Paging.of(http, COLUMNS, "start", true, 50);
        model.addAttribute("courses", service.list(paging, COLUMNS));
        model.addAttribute("paging", paging);
        return "training/index";
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable UUID id, Model model) {
        var actor = Actors.current();
        var course = service.get(id);
        model.addAttribute("c", course);
        model.addAttribute("version", service.version(id));
        model.addAttribute("allocation", allocations.of(id));
        model.addAttribute("nominations", nominations.nominations(id, actor));
        model.addAttribute(
                "runner", actor.map(a -> service.runBy(id, a.partyCode())).orElse(false));
        model.addAttribute(
                "focal", actor.map(a -> a.can(Permission.SPEAK_FOR_PARTY)).orElse(false));
        model.addAttribute("reader", Actors.readerParty());
        var chances = nominations.chances(id, actor);
        model.addAttribute("chances", chances);
        model.addAttribute(
                "nominationRefusal",
                chances.refusal().map(r -> forms.reason(r.words())).orElse(null));
        return "training/course";
    }

    @GetMapping("/training/certificates")
    String verify(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("check", code == null || code.isBlank() ? null : certificates.verify(code));
        return "training/certificates";
    }

    @PostMapping("/training/courses/{id}/demands")
    String demand(@PathVariable UUID id, @RequestParam int seats) {
        service.requestSeats(Actors.required(), id, seats);
        return "redirect:/training/courses/" + id;
    }

    @PostMapping("/training/courses/{id}/allocation")
    String allocate(@PathVariable UUID id, @RequestParam long version) {
        service.allocate(Actors.required(), id, Versions.etag(version));
        return "redirect:/training/courses/" + id;
    }

    /** A candidate nominated; a refused nomination comes back on the course page with all typed kept. */
    @PostMapping("/training/courses/{id}/nominations")
    String nominate(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String language,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        Actor actor = Actors.required();
        return forms.submit(
                "training.nominate",
                http,
                response,
                model,
                () -> {
                    nominations.nominate(actor, id, new NominationRequest(name, function, contact, language));
                    return "redirect:/training/courses/" + id;
                },
                () -> course(id, model));
    }

    /** The step before withdrawing a nomination: the reader confirms it. */
    @GetMapping("/training/nominations/{id}/withdraw")
    String confirmWithdrawal(@PathVariable UUID id, Model model) {
        Actor actor = Actors.required();
        var n = nominations.nomination(actor, id);
        return forms.confirmation(
                model,
                "training.confirm.withdraw",
                new Object[] {
                    n.traineeName() == null ? n.party() : n.traineeName(),
                    service.get(n.course()).topic()
                },
                "/training/nominations/" + id + "/withdraw",
                "training.withdraw",
                "/training/courses/" + n.course());
    }

    @PostMapping("/training/nominations/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) Integer days) {
        Actor actor = Actors.required();
        var n = switch (step) {
            case "select" -> nominations.select(actor, id, true);
            case "decline" -> nominations.select(actor, id, false);
            case "enrol" -> nominations.enrol(actor, id);
            case "withdraw" -> nominations.withdraw(actor, id);
            case "attendance" -> nominations.attendance(actor, id, days == null ? -1 : days);
            case "complete" -> nominations.complete(actor, id);
            default -> throw new org.gsi.platform.NotFoundException("step", step);
        };
        return "redirect:/training/courses/" + n.course();
    }
}
