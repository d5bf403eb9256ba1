package org.gsi.identity.internal;

import org.gsi.audit.AuditLog;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, with throttling. A wrong username, a wrong password and a disabled account
 * all get the same answer, so the answer never tells which part was wrong. Every failed and every throttled
 * login is audited.
 */
@Component
class Authenticator implements AuthenticationProvider {

    static final String WRONG = "Wrong username or password.";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private volatile String dummyHash;

    Authenticator(UserStore users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Makes the hash no password matches once the platform is up, on a thread of its own rather than during the start
     * (a bcrypt costs); a login for an unknown username before that makes it itself.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareDummyHash() {
        Thread thread = new Thread(this::dummyHash, "login-dummy-hash");
        thread.setDaemon(true);
        thread.start();
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.encode("no user has this password");
            dummyHash = hash;
        }
        return hash;
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
        var user = users.byUsername(username);
        if (!throttle.tryAcquire(username)) {
            refused(username, user, "login-throttled", "Login refused: too many failed logins");
            throw locked();
        }
        boolean ok = user.filter(User::enabled).isPresent()
                && passwords.matches(password, user.get().passwordHash());
        if (!ok) {
            if (user.isEmpty()) {
                // spend the time of a real check, so timing does not tell unknown usernames apart
                passwords.matches(password, dummyHash());
            }
            refused(username, user, "login-failed", "Failed login");
            throw new BadCredentialsException(WRONG);
        }
        throttle.succeeded(username);
        return new SignedInUser(user.get());
    }

    /** Reserves one password check for a signed-in user confirming their password, as a login would. */
    boolean confirm(User user, String password) {
        if (!throttle.tryAcquire(user.username())) {
            refused(user.username(), java.util.Optional.of(user), "login-throttled", "Password check refused");
            throw locked();
        }
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            refused(user.username(), java.util.Optional.of(user), "login-failed", "Wrong current password");
            return false;
        }
        throttle.succeeded(user.username());
        return true;
    }

    private LockedException locked() {
        return new LockedException("Too many failed logins for this username. Try again in "
                + throttle.window().toMinutes() + " minutes.");
    }

    private void refused(String username, java.util.Optional<User> user, String action, String summary) {
        String who = printable(username);
        audit.recordRefused(
                who, user.map(User::partyCode).orElse(null), action, "user", who, summary + " for '" + who + "'");
    }

    /** What was typed as a username, cut to a sane length and without control characters, for the trail. */
    private static String printable(String username) {
        String clean = username == null ? "" : username.replaceAll("\\p{C}", "");
        return clean.length() > 80 ? clean.substring(0, 80) : clean;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
