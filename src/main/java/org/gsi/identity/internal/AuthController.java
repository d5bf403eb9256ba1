package org.gsi.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Bearer tokens for the API")
class AuthController {

    private final Authenticator authenticator;
    private final TokenService tokens;
    private final UserStore users;

    AuthController(Authenticator authenticator, TokenService tokens, UserStore users) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.users = users;
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Exchange a username and password for a bearer token",
            description = "Send the token as 'Authorization: Bearer <token>'. Tokens expire and can be revoked.")
    TokenService.IssuedToken issue(@RequestBody TokenRequest request) {
        if (request == null || request.username() == null || request.password() == null) {
            throw new InvalidInputException("username", Message.of("identity.refused.credentials"));
        }
        return tokens.issue(authenticator.check(request.username().trim(), request.password()), request.label());
    }

    @GetMapping("/api/v1/auth/tokens")
    @Operation(summary = "Your tokens (never the token values)")
    List<TokenService.TokenView> list() {
        return tokens.list(me());
    }

    @DeleteMapping("/api/v1/auth/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens")
    void revoke(@PathVariable UUID id) {
        tokens.revoke(me(), id);
    }

    @GetMapping("/api/v1/auth/me")
    @Operation(summary = "Who you are and which party you act for")
    Me whoAmI() {
        User u = me();
        return new Me(u.username(), u.displayName(), u.partyCode(), u.role().slug());
    }

    private User me() {
        String username = Actors.required().username();
        return users.byUsername(username).orElseThrow();
    }

    record TokenRequest(String username, String password, String label) {}

    record Me(String username, String displayName, String party, String role) {}
}
