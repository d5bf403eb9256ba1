package org.gsi.sharing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What pages and the API show of objects: the browser's lines, an object's versions, markings, recipients, links and
 * its neighbourhood as a graph (relationships drawn as labelled edges), always as the reader may see them.
 */
@Component
public class ObjectViews {

    static final int GRAPH_NEIGHBOURS = 24;

    public record ObjectLine(
            String id,
            String type,
            String name,
            Tlp tlp,
            String sender,
            Instant dateAdded,
            String version,
            UUID group) {

        static ObjectLine of(StoredObject o) {
            return new ObjectLine(
                    o.stixId(),
                    o.type(),
                    o.name(),
                    o.tlp(),
                    o.senderParty(),
                    o.dateAdded(),
                    o.versionText(),
                    o.targetGroup().orElse(null));
        }
    }

    public record VersionView(
            String version, Instant dateAdded, Tlp tlp, List<String> statementMarkings, UUID group, String raw) {}

    public record Node(String id, String type, String label, Tlp tlp, boolean readable, boolean center, int x, int y) {}

    public record Edge(String from, String to, String label) {}

    /** An edge placed on the drawing. */
    public record Line(String from, String to, String label, int x1, int y1, int x2, int y2) {}

    public record Graph(List<Node> nodes, List<Line> edges) {}

    public record ObjectDetail(
            String id,
            String type,
            String name,
            String sender,
            List<String> senders,
            Tlp tlp,
            List<VersionView> versions,
            List<ObjectStore.GrantView> recipients,
            List<ObjectLinks.Link> links,
            Graph graph,
            boolean mayPassOn,
            Reason passOnRefusal) {}

    private final Collections collections;
    private final ObjectStore store;
    private final SharedObjects objects;
    private final ObjectLinks links;
    private final JsonMapper json = JsonMapper.builder().build();

    ObjectViews(Collections collections, ObjectStore store, SharedObjects objects, ObjectLinks links) {
        this.collections = collections;
        this.store = store;
        this.objects = objects;
        this.links = links;
    }

    public PageView<ObjectLine> browse(Optional<Actor> actor, BrowseFilter f, int page, int size) {
        Reader reader = collections.reader(actor);
        List<ObjectLine> items =
                store.browse(reader, f, page, size).stream().map(ObjectLine::of).toList();
        return new PageView<>(items, page, size, store.count(reader, f));
    }

    public ObjectDetail detail(Optional<Actor> actor, String stixId, Optional<String> sender) {
        SharedObjects.History h = objects.history(actor, stixId, sender);
        StoredObject latest = h.latest();
        List<VersionView> versions = h.versions().stream()
                .map(v -> new VersionView(
                        v.versionText(),
                        v.dateAdded(),
                        v.tlp(),
                        v.otherMarkings(),
                        v.targetGroup().orElse(null),
                        v.raw()))
                .toList();
        OnwardSharing.Decision onward = h.onward();
        boolean mayAct = actor.isPresent();
        return new ObjectDetail(
                stixId,
                latest.type(),
                latest.name(),
                h.sender(),
                h.senders(),
                h.strictest(),
                versions,
                h.reader().isAnonymous()
                        ? List.of()
                        : store.grants(stixId, h.sender(), h.reader().party()),
                links.of(h.reader(), stixId, h.sender()),
                graph(h.reader(), latest, h.versions().get(0).raw()),
                mayAct && onward.refusal().isEmpty(),
                onward.refusal().orElse(null));
    }

    public GrantKind passOn(Actor actor, String stixId, Optional<String> sender, String party) {
        return objects.passOn(actor, stixId, sender, party);
    }

    public void link(Actor actor, String stixId, Optional<String> sender, ObjectLinks.Kind kind, UUID target) {
        links.link(actor, stixId, sender, kind, target);
    }

    /**
     * The object and its neighbours on a circle: what it refers to, and what refers to it. A relationship between
     * the object and a neighbour is drawn as an edge labelled with its type; an id the object refers to that the
     * reader may not read is drawn grey, named only by its type.
     */
    Graph graph(Reader reader, StoredObject center, String centerRaw) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        nodes.put(
                center.stixId(),
                new Node(center.stixId(), center.type(), label(center), center.tlp(), true, true, 0, 0));
        JsonNode c = json.readTree(centerRaw);
        if (center.type().equals("relationship")) {
            String type = c.path("relationship_type").asString("");
            addRefs(
                    reader,
                    List.of(
                            c.path("source_ref").asString(""),
                            c.path("target_ref").asString("")),
                    nodes);
            edges.add(new Edge(
                    c.path("source_ref").asString(""), c.path("target_ref").asString(""), type));
        } else {
            addRefs(reader, center.refs(), nodes);
            center.refs().forEach(r -> edges.add(new Edge(center.stixId(), r, "")));
        }
        for (StoredObject o : store.referring(reader, center.stixId(), GRAPH_NEIGHBOURS)) {
            if (o.type().equals("relationship")) {
                relationshipEdge(reader, center, o, nodes, edges);
            } else if (nodes.size() < GRAPH_NEIGHBOURS + 1) {
                nodes.putIfAbsent(o.stixId(), new Node(o.stixId(), o.type(), label(o), o.tlp(), true, false, 0, 0));
                edges.add(new Edge(o.stixId(), center.stixId(), ""));
            }
        }
        List<Node> placed = layout(new ArrayList<>(nodes.values()));
        Map<String, Node> at = new LinkedHashMap<>();
        placed.forEach(n -> at.put(n.id(), n));
        List<Line> drawn = edges.stream()
                .filter(e -> at.containsKey(e.from()) && at.containsKey(e.to()))
                .distinct()
                .map(e -> new Line(
                        e.from(),
                        e.to(),
                        e.label(),
                        at.get(e.from()).x(),
                        at.get(e.from()).y(),
                        at.get(e.to()).x(),
                        at.get(e.to()).y()))
                .toList();
        return new Graph(placed, drawn);
    }

    private void relationshipEdge(
            Reader reader, StoredObject center, StoredObject rel, Map<String, Node> nodes, List<Edge> edges) {
        List<StoredObject> full = store.history(reader, rel.stixId(), rel.senderParty());
        if (full.isEmpty()) {
            return;
        }
        JsonNode r = json.readTree(full.get(0).raw());
        String source = r.path("source_ref").asString("");
        String target = r.path("target_ref").asString("");
        String other = source.equals(center.stixId()) ? target : source;
        if (nodes.size() < GRAPH_NEIGHBOURS + 1 || nodes.containsKey(other)) {
            addRefs(reader, List.of(other), nodes);
            edges.add(new Edge(source, target, r.path("relationship_type").asString("")));
        }
    }

    private void addRefs(Reader reader, List<String> ids, Map<String, Node> nodes) {
        List<String> wanted = ids.stream()
                .filter(i -> !nodes.containsKey(i))
                .distinct()
                .limit(Math.max(0, GRAPH_NEIGHBOURS + 1 - nodes.size()))
                .toList();
        Map<String, StoredObject> readable = new LinkedHashMap<>();
        store.latest(reader, wanted).forEach(o -> readable.put(o.stixId(), o));
        for (String id : wanted) {
            StoredObject o = readable.get(id);
            String type = id.contains("--") ? id.substring(0, id.indexOf("--")) : id;
            nodes.put(
                    id,
                    o == null
                            ? new Node(id, type, type, Tlp.NONE, false, false, 0, 0)
                            : new Node(id, o.type(), label(o), o.tlp(), true, false, 0, 0));
        }
    }

    private static String label(StoredObject o) {
        String n = o.name().isBlank() ? o.type() : o.name();
        return n.length() > 28 ? n.substring(0, 27) + "…" : n;
    }

    /** The center in the middle of a 640 × 420 drawing, the others on a circle around it. */
    static List<Node> layout(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        int others = nodes.size() - 1;
        int i = 0;
        for (Node n : nodes) {
            if (n.center()) {
                out.add(new Node(n.id(), n.type(), n.label(), n.tlp(), n.readable(), true, 320, 210));
            } else {
                double angle = 2 * Math.PI * i++ / Math.max(1, others) - Math.PI / 2;
                int x = (int) Math.round(320 + 230 * Math.cos(angle));
                int y = (int) Math.round(210 + 160 * Math.sin(angle));
                out.add(new Node(n.id(), n.type(), n.label(), n.tlp(), n.readable(), false, x, y));
            }
        }
        return out;
    }

    /** The browser's filters from request parameters: type, tlp, party, group, from, to (dates), linked. */
    public static BrowseFilter filter(Map<String, String> p) {
        return new BrowseFilter(
                text(p.get("type")),
                text(p.get("tlp")).map(Tlp::parse),
                text(p.get("party")),
                text(p.get("group")).map(s -> uuid("group", s)),
                text(p.get("from")).map(s -> day("from", s)),
                text(p.get("to")).map(s -> day("to", s).plusSeconds(86_400)),
                text(p.get("linked")).map(s -> uuid("linked", s)));
    }

    private static Optional<String> text(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static UUID uuid(String field, String v) {
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Message.of("sharing.refused.notId", v));
        }
    }

    private static Instant day(String field, String v) {
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Message.of("sharing.refused.notDate", v));
        }
    }
}
