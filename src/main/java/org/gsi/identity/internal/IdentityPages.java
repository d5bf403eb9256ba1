package org.gsi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
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

    IdentityPages(UserService users, TokenService tokens, UserStore store) {
        this.users = users;
        this.tokens = tokens;
        this.store = store;
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
        return "identity/account";
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

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String party, Model model) {
        Actor actor = Actors.required();
        model.addAttribute("users", users.list(actor, party == null || party.isBlank() ? null : party));
        model.addAttribute("all", actor.can(Permission.MANAGE_ALL_USERS));
        model.addAttribute("roles", Role.values());
        model.addAttribute("myRole", actor.role());
        model.addAttribute("party", party);
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String addUser(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String party,
            @RequestParam String role,
            RedirectAttributes flash) {
        Actor actor = Actors.required();
        String forParty = party == null || party.isBlank() ? actor.partyCode() : party.trim();
        var created = users.add(
                actor, new UserService.AddUserRequest(username.trim(), displayName, email, forParty, role, null, null));
        flash.addFlashAttribute("created", created.user().username());
        flash.addFlashAttribute("generatedPassword", created.generatedPassword());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled) {
        users.setEnabled(Actors.required(), username, enabled);
        return "redirect:/admin/users";
    }
}
