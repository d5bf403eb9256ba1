package org.gsi.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Users",
        description = "User administration: a party's administrators for their party, secretariat"
                + " administrators for all")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "Users of your party (secretariat administrators: of any party, or all)")
    List<UserView> list(@RequestParam(required = false) String party) {
        return users.list(Actors.required(), party).stream().map(UserView::of).toList();
    }

    @GetMapping("/api/v1/users/{username}")
    ResponseEntity<UserView> get(@PathVariable String username) {
        User u = users.get(Actors.required(), username);
        return ResponseEntity.ok().eTag(Versions.etag(u.version())).body(UserView.of(u));
    }

    @PostMapping("/api/v1/users")
    @Operation(summary = "Add a user; the initial password is returned once when none was given")
    ResponseEntity<CreatedView> add(@RequestBody UserService.AddUserRequest request) {
        var created = users.add(Actors.required(), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(0))
                .body(new CreatedView(UserView.of(created.user()), created.generatedPassword()));
    }

    @PutMapping("/api/v1/users/{username}")
    @Operation(summary = "Change name, e-mail, role or language; needs If-Match")
    ResponseEntity<UserView> update(
            @PathVariable String username,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UserService.UpdateUserRequest request) {
        User u = users.update(Actors.required(), username, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(u.version())).body(UserView.of(u));
    }

    @PostMapping("/api/v1/users/{username}/disable")
    UserView disable(@PathVariable String username) {
        return UserView.of(users.setEnabled(Actors.required(), username, false));
    }

    @PostMapping("/api/v1/users/{username}/enable")
    UserView enable(@PathVariable String username) {
        return UserView.of(users.setEnabled(Actors.required(), username, true));
    }

    @PostMapping("/api/v1/users/{username}/password")
    @Operation(
            summary = "Set a new password (generated and returned when none is given); revokes the user's tokens and"
                    + " ends their sessions",
            description = "For your own password, send 'currentPassword' and the new 'password'; your other sessions"
                    + " and your tokens end. An administrator resets the password of a user whose role is not above"
                    + " their own.")
    PasswordView resetPassword(
            @PathVariable String username,
            @RequestBody(required = false) PasswordRequest request,
            jakarta.servlet.http.HttpServletRequest http) {
        Actor actor = Actors.required();
        String given = request == null ? null : request.password();
        if (actor.username().equals(username)) {
            var session = http.getSession(false);
            users.changeOwnPassword(
                    actor,
                    request == null ? null : request.currentPassword(),
                    given,
                    session == null ? null : session.getId());
            return new PasswordView(null);
        }
        String password = users.resetPassword(actor, username, given);
        return new PasswordView(given == null || given.isBlank() ? password : null);
    }

    record UserView(
            String username,
            String displayName,
            String email,
            String party,
            String role,
            boolean enabled,
            String language,
            boolean demo) {
        static UserView of(User u) {
            return new UserView(
                    u.username(),
                    u.displayName(),
                    u.email(),
                    u.partyCode(),
                    u.role().slug(),
                    u.enabled(),
                    u.language(),
                    u.demo());
        }
    }

    record CreatedView(UserView user, String generatedPassword) {}

    record PasswordRequest(String password, String currentPassword) {}

    record PasswordView(String generatedPassword) {}
}
