package org.gsi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.PageForms;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.Role;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class IdentityPages {

    private final UserService users;
    private final TokenService tokens;
    private final UserStore store;
    private final PageForms forms;

    IdentityPages(UserService users, TokenService tokens, UserStore store, PageForms forms) {
        this.users = users;
        this.tokens = tokens;
        this.store = store;
        this.forms = forms;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null && session != null) {
            Object e = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute(
                    "loginError",
                    e instanceof org.springframework.security.authentication.LockedException
                            ? "login.locked"
                            : "login.wrong");
        }
        return "identity/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        User me = store.byUsername(Actors.required().username()).orElseThrow();
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("zones", ZONES);
        return "identity/account";
    }

    private static final java.util.List<String> ZONES = java.time.ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .toList();

    @PostMapping("/account/time-zone")
    String timeZone(@RequestParam(required = false) String timeZone) {
        users.setTimeZone(Actors.required(), timeZone);
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        try {
            users.changeOwnPassword(
                    Actors.required(),
                    currentPassword,
                    newPassword,
                    request.getSession().getId());
        } catch (org.gsi.platform.InvalidInputException e) {
            model.addAttribute(
                    "passwordError",
                    "currentPassword".equals(e.field()) ? "account.passwordWrong" : "account.passwordShort");
            return account(model);
        } catch (org.springframework.security.authentication.LockedException e) {
            model.addAttribute("passwordError", "login.locked");
            return account(model);
        }
        flash.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(required = false) String label, RedirectAttributes flash) {
        User me = store.byUsername(Actors.required().username()).orElseThrow();
        var issued = tokens.issue(new SignedInUser(me), label == null || label.isBlank() ? null : label.trim());
        flash.addFlashAttribute("newToken", issued.token());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id) {
        tokens.revoke(store.byUsername(Actors.required().username()).orElseThrow(), id);
        return "redirect:/account";
    }

    /** The sortable columns of the users list, by name in the address, with the SQL that orders by each. */
    static final Map<String, String> USER_COLUMNS = Map.of(
            "username", "username",
            "name", "lower(display_name)",
            "party", "party_code",
            "role", "role",
            "state", "enabled",
            "added", "created_at");

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String party, HttpServletRequest http, Model model) {
        return users(party, Paging.of(http, USER_COLUMNS, "added", true, 50), model);
    }

    private String users(String party, Paging paging, Model model) {
        Actor actor = Actors.required();
        model.addAttribute(
                "users",
                users.page(actor, party == null || party.isBlank() ? null : party.strip(), paging, USER_COLUMNS));
        model.addAttribute("paging", paging);
        model.addAttribute("all", actor.can(Permission.MANAGE_ALL_USERS));
        model.addAttribute("roles", Role.values());
        model.addAttribute("myRole", actor.role());
        model.addAttribute("party", party);
        return "identity/users";
    }

    /** A new user; a refused one comes back as the form with the reason next to the field and all typed kept. */
    @PostMapping("/admin/users")
    String addUser(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String role,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        Actor actor = Actors.required();
        String forParty = party == null || party.isBlank() ? actor.partyCode() : party.trim();
        return forms.submit(
                "identity.users",
                request,
                response,
                model,
                () -> {
                    var created = users.add(
                            actor,
                            new UserService.AddUserRequest(
                                    username == null ? "" : username.trim(),
                                    displayName,
                                    email,
                                    forParty,
                                    role == null ? "" : role,
                                    null,
                                    null));
                    flash.addFlashAttribute("created", created.user().username());
                    flash.addFlashAttribute("generatedPassword", created.generatedPassword());
                    return "redirect:/admin/users";
                },
                () -> users(null, new Paging("/admin/users", 0, 50, "added", true, Map.of()), model));
    }

    /** The step before disabling a user: the administrator confirms it. */
    @GetMapping("/admin/users/{username}/disable")
    String confirmDisable(@PathVariable String username, Model model) {
        Actor actor = Actors.required();
        User u = users.list(actor, null).stream()
                .filter(x -> x.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("user", username));
        return forms.confirmation(
                model,
                "users.confirm.disable",
                new Object[] {u.username(), u.partyCode()},
                "/admin/users/" + username + "/enabled?enabled=false",
                "users.disable",
                "/admin/users");
    }

    @PostMapping("/admin/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled) {
        users.setEnabled(Actors.required(), username, enabled);
        return "redirect:/admin/users";
    }
}
