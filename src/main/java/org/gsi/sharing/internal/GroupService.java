package org.gsi.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing groups: a party's user with the right to edit its records opens one for the party and chooses its members
 * and whether they see each other; only the owner party changes it. To a party that is not a member a group does not
 * exist.
 */
@Service
public class GroupService {

    public record CreateGroupRequest(String name, String description, Boolean membersVisible, List<String> members) {}

    public record UpdateGroupRequest(String name, String description, Boolean membersVisible) {}

    /**
     * A group as one member sees it: the members it may see; their number only when members see each other (or for
     * the owner).
     */
    public record GroupView(
            UUID id,
            String name,
            String description,
            String owner,
            boolean membersVisible,
            List<String> members,
            Integer memberCount,
            boolean owned,
            long version) {}

    private final GroupStore store;
    private final Registry registry;
    private final Notifications notifications;
    private final AuditLog audit;

    GroupService(GroupStore store, Registry registry, Notifications notifications, AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    public GroupView create(Actor actor, CreateGroupRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", "sharing-group", null);
        List<String> members = parties(r.members());
        SharingGroup g = SharingGroup.create(
                actor.partyCode(),
                r.name(),
                r.description(),
                r.membersVisible() == null || r.membersVisible(),
                members,
                demo);
        store.insert(g, actor.username());
        audit.record(actor, "create", "sharing-group", g.id().toString(), "Opened sharing group '" + g.name() + "'");
        members.stream().filter(m -> !m.equals(actor.partyCode())).forEach(m -> tellAdded(g, m));
        return view(g, actor.partyCode());
    }

    public List<GroupView> mine(Actor actor) {
        List<GroupView> out = new ArrayList<>();
        store.of(actor.partyCode()).forEach(g -> out.add(view(g, actor.partyCode())));
        return out;
    }

    public GroupView get(Actor actor, UUID id) {
        return view(member(actor, id), actor.partyCode());
    }

    @Transactional
    public GroupView update(Actor actor, UUID id, long versionRead, UpdateGroupRequest r) {
        SharingGroup g = owned(actor, id, "update");
        if (g.version() != versionRead) {
            throw new StaleVersionException("sharing group", id.toString(), g.version());
        }
        g.rename(r.name(), r.description());
        if (r.membersVisible() != null) {
            g.showMembersToEachOther(r.membersVisible());
        }
        if (!store.update(g, versionRead)) {
            throw new StaleVersionException(
                    "sharing group", id.toString(), store.find(id).orElseThrow().version());
        }
        audit.record(actor, "update", "sharing-group", id.toString(), "Changed sharing group '" + g.name() + "'");
        return get(actor, id);
    }

    @Transactional
    public GroupView addMember(Actor actor, UUID id, String party) {
        SharingGroup g = owned(actor, id, "add-member");
        String p = parties(List.of(party == null ? "" : party)).get(0);
        if (g.add(p)) {
            store.addMember(id, p);
            store.touch(id);
            audit.record(actor, "add-member", "sharing-group", id.toString(), "Added " + p + " to '" + g.name() + "'");
            tellAdded(g, p);
        }
        return get(actor, id);
    }

    @Transactional
    public GroupView removeMember(Actor actor, UUID id, String party) {
        SharingGroup g = owned(actor, id, "remove-member");
        if (g.remove(party)) {
            store.removeMember(id, party);
            store.touch(id);
            audit.record(
                    actor,
                    "remove-member",
                    "sharing-group",
                    id.toString(),
                    "Removed " + party + " from '" + g.name() + "'");
        }
        return get(actor, id);
    }

    private SharingGroup member(Actor actor, UUID id) {
        return store.find(id)
                .filter(g -> g.isMember(actor.partyCode()))
                .orElseThrow(() -> new NotFoundException("sharing group", id.toString()));
    }

    private SharingGroup owned(Actor actor, UUID id, String action) {
        SharingGroup g = member(actor, id);
        actor.require(Permission.EDIT_PARTY_RECORDS, g.owner(), action, "sharing-group", id.toString());
        return g;
    }

    private List<String> parties(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = c == null ? "" : c.trim();
            if (code.isEmpty()) {
                continue;
            }
            String known = registry.find(code)
                    .or(() -> registry.find(code.toUpperCase(java.util.Locale.ROOT)))
                    .map(p -> p.code())
                    .orElseThrow(() -> new InvalidInputException("members", Message.of("form.refused.noParty", code)));
            if (!out.contains(known)) {
                out.add(known);
            }
        }
        if (out.isEmpty() && codes != null && codes.size() == 1) {
            throw new InvalidInputException("party", Message.of("sharing.refused.party"));
        }
        return out;
    }

    private void tellAdded(SharingGroup g, String party) {
        notifications.toPartyFocalPoints(
                party,
                Notice.of("sharing-group-member", "/sharing/groups/" + g.id(), party::equals, g.owner(), g.name()));
    }

    static GroupView view(SharingGroup g, String reader) {
        boolean owner = g.owner().equals(reader);
        return new GroupView(
                g.id(),
                g.name(),
                g.description(),
                g.owner(),
                g.membersVisible(),
                g.membersSeenBy(reader),
                owner || g.membersVisible() ? g.members().size() : null,
                owner,
                g.version());
    }
}
