package org.gsi.sharing.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sharing groups and their members. */
@Repository
class GroupStore {

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SharingGroup g, String createdBy) {
        jdbc.sql(
                        "INSERT INTO sharing_group (id, name, description, owner_party, members_visible, created_by, created_at,"
                                + " demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        g.id(),
                        g.name(),
                        g.description(),
                        g.owner(),
                        g.membersVisible(),
                        createdBy,
                        Timestamp.from(g.createdAt()),
                        g.demo())
                .update();
        g.members().forEach(m -> addMember(g.id(), m));
    }

    /** Writes name, description and visibility when the version read is still current; returns whether it did. */
    boolean update(SharingGroup g, long versionRead) {
        return jdbc.sql("UPDATE sharing_group SET name = ?, description = ?, members_visible = ?, version = version + 1"
                                + " WHERE id = ? AND version = ?")
                        .params(g.name(), g.description(), g.membersVisible(), g.id(), versionRead)
                        .update()
                == 1;
    }

    void addMember(UUID group, String party) {
        jdbc.sql("INSERT INTO sharing_group_member (group_id, party) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(group, party)
                .update();
    }

    void removeMember(UUID group, String party) {
        jdbc.sql("DELETE FROM sharing_group_member WHERE group_id = ? AND party = ?")
                .params(group, party)
                .update();
    }

    /** Counts a change of members as a new version of the group. */
    void touch(UUID group) {
        jdbc.sql("UPDATE sharing_group SET version = version + 1 WHERE id = ?")
                .param(group)
                .update();
    }

    Optional<SharingGroup> find(UUID id) {
        return jdbc.sql("SELECT id, name, description, owner_party, members_visible, created_at, version, demo"
                        + " FROM sharing_group WHERE id = ?")
                .param(id)
                .query((rs, n) -> SharingGroup.restore(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        members(id),
                        rs.getTimestamp(6).toInstant(),
                        rs.getLong(7),
                        rs.getBoolean(8)))
                .optional();
    }

    List<String> members(UUID group) {
        return jdbc.sql("SELECT party FROM sharing_group_member WHERE group_id = ? ORDER BY added_at, party")
                .param(group)
                .query(String.class)
                .list();
    }

    /** The groups {@code party} is a member of. */
    Set<UUID> groupsOf(String party) {
        if (party == null || party.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT group_id FROM sharing_group_member WHERE party = ?")
                .param(party)
                .query(UUID.class)
                .list());
    }

    /** The groups of {@code party}, by name. */
    List<SharingGroup> of(String party) {
        List<UUID> ids = jdbc.sql("SELECT g.id FROM sharing_group g JOIN sharing_group_member m ON m.group_id = g.id"
                        + " WHERE m.party = ? ORDER BY lower(g.name), g.id")
                .param(party)
                .query(UUID.class)
                .list();
        List<SharingGroup> out = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(out::add));
        return out;
    }

    boolean anyDemo() {
        return jdbc.sql("SELECT count(*) FROM sharing_group WHERE demo")
                        .query(Long.class)
                        .single()
                > 0;
    }
}
