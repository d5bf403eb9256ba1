package org.gsi.identity.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsi.audit.AuditLog;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.Role;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.Registry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration: by a party's administrators for their party, by secretariat administrators for all. */
@Service
class UserService implements Users {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    static final int MIN_PASSWORD = 10;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final Registry registry;
    private final PasswordEncoder passwords;
    private final UserAccess access;
    private final Authenticator authenticator;
    private final AuditLog audit;

    UserService(
            UserStore store,
            Registry registry,
            PasswordEncoder passwords,
            UserAccess access,
            Authenticator authenticator,
            AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.passwords = passwords;
        this.access = access;
        this.authenticator = authenticator;
        this.audit = audit;
    }

    @Override
    public Optional<UserSummary> find(String username) {
        return store.byUsername(username).map(User::summary);
    }

    @Override
    public List<UserSummary> of(String party, Role role) {
        return store.of(party, role).stream().map(User::summary).toList();
    }

    List<User> list(Actor actor, String party) {
        if (actor.can(Permission.MANAGE_ALL_USERS)) {
            return store.list(party);
        }
        actor.require(Permission.MANAGE_PARTY_USERS, party == null ? actor.partyCode() : party, "list", "user", null);
        return store.list(actor.partyCode());
    }

    /**
     * One page of the users the actor manages, in the order {@code paging} chose from {@code columns}: all parties' (or
     * {@code party}'s) for the secretariat, the actor's own party's otherwise; the count obeys the same rule.
     */
    PageView<User> page(Actor actor, String party, Paging paging, Map<String, String> columns) {
        String scope = party;
        if (!actor.can(Permission.MANAGE_ALL_USERS)) {
            actor.require(
                    Permission.MANAGE_PARTY_USERS, party == null ? actor.partyCode() : party, "list", "user", null);
            scope = actor.partyCode();
        }
        return new PageView<>(
                store.page(scope, paging.orderBy(columns, "username"), paging.offset(), paging.size()),
                paging.page(),
                paging.size(),
                store.count(scope));
    }

    User get(Actor actor, String username) {
        User u = store.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (!actor.can(Permission.MANAGE_ALL_USERS) && !actor.username().equals(username)) {
            if (!actor.partyCode().equals(u.partyCode())) {
                throw new NotFoundException("user", username);
            }
            actor.require(Permission.MANAGE_PARTY_USERS, u.partyCode(), "read", "user", username);
        }
        return u;
    }

    /** Adds a user; returns it with the initial password (generated when none is given). */
    @Transactional
    Created add(Actor actor, AddUserRequest r) {
        Role role = Role.parse(r.role());
        UserAdministrationPolicy.requireManage(actor, r.party(), role, "add", r.username());
        Created created = create(r, role, false);
        audit.record(
                actor,
                "add",
                "user",
                r.username(),
                r.party(),
                "Added " + role.slug() + " " + r.username() + " for " + r.party());
        return created;
    }

    /** Adds a user on behalf of the platform or an operator (command line, demo scenario). */
    @Transactional
    Created addAsOperator(String operator, AddUserRequest r, boolean demo) {
        Created created = create(r, Role.parse(r.role()), demo);
        audit.recordSystem(
                operator,
                "add",
                "user",
                r.username(),
                "Added " + created.user().role().slug() + " " + r.username() + " for " + r.party());
        return created;
    }

    private Created create(AddUserRequest r, Role role, boolean demo) {
        if (r.username() == null || !USERNAME.matcher(r.username()).matches()) {
            throw new InvalidInputException("username", Message.of("identity.users.error.username"));
        }
        if (r.party() == null || !registry.exists(r.party())) {
            throw new InvalidInputException("party", Message.of("form.refused.noParty", String.valueOf(r.party())));
        }
        if (store.byUsername(r.username()).isPresent()) {
            throw new ConflictException(Message.of("identity.users.taken", r.username()));
        }
        String password = r.password() == null || r.password().isBlank() ? generatePassword() : r.password();
        if (!demo) {
            checkPassword(password);
        }
        String language = r.language() == null ? "en" : r.language();
        User u = new User(
                UUID.randomUUID(),
                r.username(),
                r.displayName() == null ? r.username() : r.displayName(),
                r.email(),
                r.party(),
                role,
                passwords.encode(password),
                true,
                language,
                demo,
                0,
                null);
        store.insert(u);
        return new Created(u, r.password() == null || r.password().isBlank() ? password : null);
    }

    @Transactional
    User setEnabled(Actor actor, String username, boolean enabled) {
        User u = get(actor, username);
        UserAdministrationPolicy.requireManage(
                actor, u.partyCode(), u.role(), enabled ? "enable" : "disable", username);
        save(u.withEnabled(enabled));
        if (!enabled) {
            access.endAll(u);
        }
        audit.record(
                actor,
                enabled ? "enable" : "disable",
                "user",
                username,
                u.partyCode(),
                (enabled ? "Enabled " : "Disabled ") + username);
        return store.byUsername(username).orElseThrow();
    }

    @Transactional
    User setEnabledAsOperator(String operator, String username, boolean enabled) {
        User u = store.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        save(u.withEnabled(enabled));
        if (!enabled) {
            access.endAll(u);
        }
        audit.recordSystem(
                operator,
                enabled ? "enable" : "disable",
                "user",
                username,
                (enabled ? "Enabled " : "Disabled ") + username + " from the command line");
        return store.byUsername(username).orElseThrow();
    }

    /**
     * Sets a new password of another user (generated when none is given), revokes their tokens and ends their
     * sessions; returns the password. A user changes their own password with {@link #changeOwnPassword}.
     */
    @Transactional
    String resetPassword(Actor actor, String username, String newPassword) {
        User u = get(actor, username);
        if (actor.username().equals(username)) {
            throw new InvalidInputException("currentPassword", Message.of("identity.refused.ownPassword"));
        }
        UserAdministrationPolicy.requireManage(actor, u.partyCode(), u.role(), "reset-password", username);
        String password = reset(u, newPassword);
        access.endAll(u);
        audit.record(actor, "reset-password", "user", username, u.partyCode(), "Password of " + username + " reset");
        return password;
    }

    /**
     * Changes the actor's own password after checking the current one (a check counted like a login); revokes
     * their tokens and ends their other sessions, keeping {@code session} (the one they act in, if any).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String session) {
        User u = store.byUsername(actor.username()).orElseThrow(() -> new NotFoundException("user", actor.username()));
        if (newPassword == null || newPassword.isBlank()) {
            throw new InvalidInputException("password", Message.of("identity.refused.newPassword"));
        }
        checkPassword(newPassword);
        if (!authenticator.confirm(u, currentPassword)) {
            throw new InvalidInputException("currentPassword", Message.of("identity.refused.currentPassword"));
        }
        save(u.withPasswordHash(passwords.encode(newPassword)));
        access.endAllBut(u, session);
        audit.record(actor, "change-password", "user", u.username(), u.partyCode(), "Changed own password");
    }

    @Transactional
    String resetPasswordAsOperator(String operator, String username, String newPassword) {
        User u = store.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        String password = reset(u, newPassword);
        access.endAll(u);
        audit.recordSystem(
                operator,
                "reset-password",
                "user",
                username,
                "Password of " + username + " reset from the command line");
        return password;
    }

    @Transactional
    User update(Actor actor, String username, String ifMatch, UpdateUserRequest r) {
        User u = get(actor, username);
        UserAdministrationPolicy.requireManage(actor, u.partyCode(), u.role(), "update", username);
        Versions.check(ifMatch, "user", username, u.version());
        Role role = r.role() == null ? u.role() : Role.parse(r.role());
        UserAdministrationPolicy.requireGrant(actor, u.partyCode(), role, "change-role", username);
        save(u.withProfile(
                r.displayName() == null ? u.displayName() : r.displayName(),
                r.email() == null ? u.email() : r.email(),
                role,
                r.language() == null ? u.language() : r.language()));
        audit.record(
                actor,
                "update",
                "user",
                username,
                u.partyCode(),
                "Updated " + username + " (role " + role.slug() + ")");
        return store.byUsername(username).orElseThrow();
    }

    /** The signed-in user's own time zone for pages; empty to follow the browser's. */
    @Transactional
    void setTimeZone(Actor actor, String zone) {
        User u = store.byUsername(actor.username()).orElseThrow(() -> new NotFoundException("user", actor.username()));
        String value = zone == null || zone.isBlank() ? null : zone.trim();
        if (value != null && !java.time.ZoneId.getAvailableZoneIds().contains(value)) {
            throw new InvalidInputException("timeZone", Message.of("form.refused.timeZone"));
        }
        save(u.withTimeZone(value));
        audit.record(
                actor,
                "update",
                "user",
                u.username(),
                u.partyCode(),
                "Time zone of " + u.username() + " set to " + (value == null ? "the browser's" : value));
    }

    private String reset(User u, String newPassword) {
        String password = newPassword == null || newPassword.isBlank() ? generatePassword() : newPassword;
        checkPassword(password);
        save(u.withPasswordHash(passwords.encode(password)));
        return password;
    }

    private void save(User u) {
        if (!store.update(u)) {
            throw new StaleVersionException("user", u.username(), u.version() + 1);
        }
    }

    static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", Message.of("identity.refused.shortPassword", MIN_PASSWORD));
        }
    }

    static String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    record AddUserRequest(
            String username,
            String displayName,
            String email,
            String party,
            String role,
            String password,
            String language) {}

    record UpdateUserRequest(String displayName, String email, String role, String language) {}

    record Created(User user, String generatedPassword) {}
}
