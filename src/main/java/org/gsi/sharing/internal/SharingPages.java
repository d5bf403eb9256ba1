package org.gsi.sharing.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sharing overview (collections, groups, TAXII access) and the pages of sharing groups: open one, change it,
 * add and remove members, see who sees whom. A refused form comes back with the reason in the reader's language
 * and what was typed still in it.
 */
@Controller
class SharingPages {

    private final Collections collections;
    private final GroupService groups;
    private final StatusStore statuses;
    private final MessageSource messages;

    SharingPages(Collections collections, GroupService groups, StatusStore statuses, MessageSource messages) {
        this.collections = collections;
        this.groups = groups;
        this.statuses = statuses;
        this.messages = messages;
    }

    @GetMapping("/sharing")
    String index(HttpServletRequest request, Model model) {
        Optional<Actor> actor = Actors.current();
        model.addAttribute("collections", collections.visibleTo(actor));
        model.addAttribute("groups", actor.map(groups::mine).orElse(List.of()));
        model.addAttribute(
                "recent", actor.map(a -> statuses.recent(a.partyCode(), 10)).orElse(List.of()));
        model.addAttribute(
                "discovery",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/taxii2/")
                        .toUriString());
        model.addAttribute(
                "root",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/taxii2/gsi/")
                        .toUriString());
        model.addAttribute(
                "canCreate",
                actor.map(a -> a.can(org.gsi.platform.Permission.EDIT_PARTY_RECORDS))
                        .orElse(false));
        if (!model.containsAttribute("groupValues")) {
            model.addAttribute("groupValues", Map.of("membersVisible", "true"));
        }
        return "sharing/index";
    }

    @PostMapping("/sharing/groups")
    String create(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            var g = groups.create(
                    Actors.required(),
                    new GroupService.CreateGroupRequest(
                            form.get("name"),
                            form.get("description"),
                            form.containsKey("membersVisible"),
                            codes(form.get("members"))),
                    false);
            return "redirect:/sharing/groups/" + g.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("groupError", fieldMessage(e));
            model.addAttribute("groupValues", form);
            return index(request, model);
        }
    }

    @GetMapping("/sharing/groups/{id}")
    String group(@PathVariable UUID id, Model model) {
        Actor actor = Actors.required();
        model.addAttribute("g", groups.get(actor, id));
        if (!model.containsAttribute("editValues")) {
            var g = groups.get(actor, id);
            model.addAttribute(
                    "editValues",
                    Map.of(
                            "name", g.name(),
                            "description", g.description(),
                            "membersVisible", String.valueOf(g.membersVisible()),
                            "version", String.valueOf(g.version())));
        }
        return "sharing/group";
    }

    @PostMapping("/sharing/groups/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        try {
            long version = Long.parseLong(form.getOrDefault("version", "-1"));
            groups.update(
                    Actors.required(),
                    id,
                    version,
                    new GroupService.UpdateGroupRequest(
                            form.get("name"), form.get("description"), form.containsKey("membersVisible")));
            return "redirect:/sharing/groups/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("editError", fieldMessage(e));
        } catch (StaleVersionException | NumberFormatException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("editError", text("sharing.group.stale"));
            model.addAttribute("stale", true);
        }
        Map<String, String> kept = new java.util.HashMap<>(form);
        kept.put("version", String.valueOf(groups.get(Actors.required(), id).version()));
        if (!form.containsKey("membersVisible")) {
            kept.put("membersVisible", "false");
        }
        model.addAttribute("editValues", kept);
        return group(id, model);
    }

    @PostMapping("/sharing/groups/{id}/members")
    String addMember(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String party,
            HttpServletResponse response,
            Model model) {
        try {
            groups.addMember(Actors.required(), id, party);
            return "redirect:/sharing/groups/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("memberError", text("sharing.error.members"));
            model.addAttribute("memberValue", party);
            return group(id, model);
        }
    }

    @PostMapping("/sharing/groups/{id}/members/{party}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable String party) {
        groups.removeMember(Actors.required(), id, party);
        return "redirect:/sharing/groups/" + id;
    }

    private String fieldMessage(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(
                "sharing.error." + e.field(),
                null,
                messages.getMessage("sharing.error.other", new Object[] {e.getMessage()}, locale),
                locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
