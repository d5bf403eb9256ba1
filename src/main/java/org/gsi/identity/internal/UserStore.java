package org.gsi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<User> byUsername(String username) {
        return jdbc.sql("SELECT * FROM identity_user WHERE username = ?")
                .param(username)
                .query(UserStore::row)
                .optional();
    }

    Optional<User> byId(UUID id) {
        return jdbc.sql("SELECT * FROM identity_user WHERE id = ?")
                .param(id)
                .query(UserStore::row)
                .optional();
    }

    List<User> list(String party) {
        return party == null
                ? jdbc.sql("SELECT * FROM identity_user ORDER BY party_code, username")
                        .query(UserStore::row)
                        .list()
                : jdbc.sql("SELECT * FROM identity_user WHERE party_code = ? ORDER BY username")
                        .param(party)
                        .query(UserStore::row)
                        .list();
    }

    /** One page of the users of {@code party} (all when null), ordered by {@code orderBy}, SQL the caller chose from its own columns. */
    List<User> page(String party, String orderBy, int offset, int limit) {
        return jdbc.sql(
                        "SELECT * FROM identity_user WHERE (CAST(:party AS TEXT) IS NULL OR party_code = :party) ORDER BY "
                                + orderBy + " LIMIT :limit OFFSET :offset")
                .param("party", party)
                .param("limit", limit)
                .param("offset", offset)
                .query(UserStore::row)
                .list();
    }

    /** How many users {@code party} has (all parties when null). */
    long count(String party) {
        return jdbc.sql(
                        "SELECT count(*) FROM identity_user WHERE (CAST(:party AS TEXT) IS NULL OR party_code = :party)")
                .param("party", party)
                .query(Long.class)
                .single();
    }

    List<User> of(String party, Role role) {
        return jdbc.sql("SELECT * FROM identity_user WHERE party_code = ? AND role = ? AND enabled ORDER BY username")
                .params(party, role.name())
                .query(UserStore::row)
                .list();
    }

    void insert(User u) {
        jdbc.sql(
                        "INSERT INTO identity_user (id, username, display_name, email, party_code, role, password_hash, enabled,"
                                + " language, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.email(),
                        u.partyCode(),
                        u.role().name(),
                        u.passwordHash(),
                        u.enabled(),
                        u.language(),
                        u.demo())
                .update();
    }

    /** Saves the changeable fields if the user is still at {@code u.version()}. */
    boolean update(User u) {
        return jdbc.sql(
                                "UPDATE identity_user SET display_name = ?, email = ?, role = ?, password_hash = ?, enabled = ?,"
                                        + " language = ?, time_zone = ?, version = version + 1 WHERE id = ? AND version = ?")
                        .params(
                                u.displayName(),
                                u.email(),
                                u.role().name(),
                                u.passwordHash(),
                                u.enabled(),
                                u.language(),
                                u.timeZone(),
                                u.id(),
                                u.version())
                        .update()
                == 1;
    }

    private static User row(ResultSet rs, int n) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("party_code"),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getString("language"),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getString("time_zone"));
    }
}
