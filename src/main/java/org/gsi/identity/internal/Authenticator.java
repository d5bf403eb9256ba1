package org.gsi.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, with throttling. A wrong username, a wrong password and a disabled account
 * all get the same answer, so the answer never tells which part was wrong.
 */
@Component
class Authenticator implements AuthenticationProvider {

    static final String WRONG = "Wrong username or password.";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String dummyHash;

    Authenticator(UserStore users, PasswordEncoder passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("no user has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username =
                authentication.getName() == null ? "" : authentication.getName().trim();
        Object credentials = authentication.getCredentials();
        return new UsernamePasswordAuthenticationToken(
                check(username, credentials == null ? "" : credentials.toString()), null, java.util.List.of());
    }

    /** The signed-in user for these credentials, or an exception that does not say which part was wrong. */
    SignedInUser check(String username, String password) {
        if (throttle.isLocked(username)) {
            throw new LockedException("Too many failed logins for this username. Try again in "
                    + throttle.window().toMinutes() + " minutes.");
        }
        var user = users.byUsername(username).filter(User::enabled);
        boolean ok = user.isPresent() && passwords.matches(password, user.get().passwordHash());
        if (!ok) {
            if (user.isEmpty()) {
                // spend the time of a real check, so timing does not tell unknown usernames apart
                passwords.matches(password, dummyHash);
            }
            throttle.failed(username);
            throw new BadCredentialsException(WRONG);
        }
        throttle.succeeded(username);
        return new SignedInUser(user.get());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
