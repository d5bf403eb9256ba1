package org.gsi.identity.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A wrong password (401) and a throttled one (429) on the API, wherever a password is checked. */
@RestControllerAdvice(assignableTypes = {AuthController.class, UserController.class})
class LoginErrors {

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> wrong(BadCredentialsException e) {
        return problem(HttpStatus.UNAUTHORIZED, "wrong-credentials", "Login failed", Authenticator.WRONG);
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<ProblemDetail> locked(LockedException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed logins", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(java.net.URI.create("/problems/" + type));
        p.setTitle(title);
        return ResponseEntity.status(status).body(p);
    }
}
