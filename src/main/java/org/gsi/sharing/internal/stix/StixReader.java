package org.gsi.sharing.internal.stix;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gsi.sharing.internal.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one element of a bundle into a {@link ParsedObject}, or says why it cannot be taken: not a JSON object,
 * against the STIX 2.1 schema of its type, or against a rule of STIX 2.1 the schemas cannot express (checked in
 * {@link #check}): the id's prefix is its type, timestamps are real UTC times, {@code modified} is not before
 * {@code created}, time ranges are in order, references are identifiers of the right type.
 */
public final class StixReader {

    static final Pattern IDENTIFIER = Pattern.compile(
            "^[a-z][a-z0-9-]*[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** Pairs of top-level timestamps where the second must not be before the first (STIX 2.1 "MUST"s). */
    private static final List<String[]> ORDERED = List.of(
            new String[] {"created", "modified"},
            new String[] {"valid_from", "valid_until"},
            new String[] {"first_seen", "last_seen"},
            new String[] {"first_observed", "last_observed"},
            new String[] {"start_time", "stop_time"});

    private static final List<String> TIMESTAMPS = List.of(
            "created",
            "modified",
            "valid_from",
            "valid_until",
            "first_seen",
            "last_seen",
            "first_observed",
            "last_observed",
            "published",
            "start_time",
            "stop_time",
            "analysis_started",
            "analysis_ended",
            "submitted",
            "date",
            "ctime",
            "mtime",
            "atime");

    /** What became of one element: the object, or the reason it was rejected (with what could be read of it). */
    public record Read(
            int index, String id, String versionText, Optional<ParsedObject> object, Optional<Reason> rejection) {

        static Read rejected(int index, String id, String version, Reason reason) {
            return new Read(index, id, version, Optional.empty(), Optional.of(reason));
        }
    }

    private final JsonMapper strict;
    private final StixSchemas schemas;

    public StixReader(StixSchemas schemas) {
        this.schemas = schemas;
        this.strict = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public Read read(BundleReader.Element element) {
        JsonNode node;
        try {
            node = strict.readTree(element.raw());
        } catch (JacksonException e) {
            return Read.rejected(element.index(), "", "", Reason.of("sharing.reject.notJson", e.getOriginalMessage()));
        }
        if (!node.isObject()) {
            return Read.rejected(element.index(), "", "", Reason.of("sharing.reject.notObject"));
        }
        String id = node.path("id").asString("");
        String type = node.path("type").asString("");
        String version = node.path("modified").asString(node.path("created").asString(""));
        List<String> errors =
                type.isEmpty() ? List.of("required property 'type' not found") : schemas.errors(type, node);
        if (!errors.isEmpty()) {
            return Read.rejected(
                    element.index(), id, version, Reason.of("sharing.reject.schema", type, String.join("; ", errors)));
        }
        Optional<Reason> broken = check(node, id, type);
        if (broken.isPresent()) {
            return Read.rejected(element.index(), id, version, broken.get());
        }
        boolean observable = StixSchemas.isObservable(type, node);
        String spec = node.path("spec_version").asString(observable ? "2.1" : "");
        ParsedObject object = new ParsedObject(
                element.index(),
                element.raw(),
                node,
                id,
                type,
                spec,
                time(node, "created"),
                time(node, "modified"),
                version,
                node.hasNonNull("created_by_ref")
                        ? Optional.of(node.get("created_by_ref").asString())
                        : Optional.empty());
        return new Read(element.index(), id, version, Optional.of(object), Optional.empty());
    }

    static Optional<Reason> check(JsonNode node, String id, String type) {
        boolean observable = StixSchemas.isObservable(type, node);
        String spec = node.path("spec_version").asString(observable ? "2.1" : "");
        if (!spec.equals("2.1")) {
            return Optional.of(Reason.of("sharing.reject.specVersion", spec.isEmpty() ? "—" : spec));
        }
        if (!id.startsWith(type + "--") || !IDENTIFIER.matcher(id).matches()) {
            return Optional.of(Reason.of("sharing.reject.idPrefix", id, type));
        }
        for (String field : TIMESTAMPS) {
            JsonNode v = node.get(field);
            if (v != null && v.isString() && StixTimestamps.parse(v.asString()).isEmpty()) {
                return Optional.of(Reason.of("sharing.reject.timestamp", field, v.asString()));
            }
        }
        for (String[] pair : ORDERED) {
            Optional<Instant> first = time(node, pair[0]);
            Optional<Instant> second = time(node, pair[1]);
            if (first.isPresent() && second.isPresent() && second.get().isBefore(first.get())) {
                return Optional.of(Reason.of("sharing.reject.order", pair[1], pair[0]));
            }
        }
        return references(node);
    }

    private static Optional<Reason> references(JsonNode node) {
        Optional<Reason> r = refType(node, "created_by_ref", List.of("identity"));
        if (r.isEmpty()) {
            r = refsType(node.path("object_marking_refs"), "object_marking_refs", List.of("marking-definition"));
        }
        for (JsonNode g : node.path("granular_markings")) {
            if (r.isEmpty()) {
                r = refType(g, "marking_ref", List.of("marking-definition"));
            }
        }
        if (r.isEmpty() && node.path("type").asString("").equals("sighting")) {
            r = refsType(node.path("where_sighted_refs"), "where_sighted_refs", List.of("identity", "location"));
            if (r.isEmpty()) {
                r = refsType(node.path("observed_data_refs"), "observed_data_refs", List.of("observed-data"));
            }
        }
        if (r.isEmpty() && node.path("type").asString("").equals("relationship")) {
            for (String end : List.of("source_ref", "target_ref")) {
                String target = node.path(end).asString("");
                String t = target.contains("--") ? target.substring(0, target.indexOf("--")) : target;
                if (r.isEmpty()
                        && (StixSchemas.RELATIONSHIP_OBJECTS.contains(t) || StixSchemas.META_OBJECTS.contains(t))) {
                    r = Optional.of(Reason.of("sharing.reject.referenceType", end, "SDO/SCO", t));
                }
            }
        }
        return r.or(() -> wellFormed(node, ""));
    }

    /** Every {@code *_ref} and {@code *_refs} anywhere in the object holds identifiers. */
    private static Optional<Reason> wellFormed(JsonNode node, String path) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (k.endsWith("_ref")
                        && v.isString()
                        && !IDENTIFIER.matcher(v.asString()).matches()) {
                    return Optional.of(Reason.of("sharing.reject.reference", at(path, k), v.asString()));
                }
                if (k.endsWith("_refs") && v.isArray()) {
                    for (JsonNode item : v) {
                        if (!item.isString()
                                || !IDENTIFIER.matcher(item.asString()).matches()) {
                            return Optional.of(Reason.of("sharing.reject.reference", at(path, k), item.toString()));
                        }
                    }
                }
                if (v.isContainer()) {
                    Optional<Reason> inner = wellFormed(v, at(path, k));
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isContainer()) {
                    Optional<Reason> inner = wellFormed(item, path);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Optional<Reason> refType(JsonNode node, String field, List<String> types) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            return Optional.empty();
        }
        return typeOf(field, v.asString(), types);
    }

    private static Optional<Reason> refsType(JsonNode array, String field, List<String> types) {
        for (JsonNode v : array) {
            Optional<Reason> r = typeOf(field, v.asString(""), types);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static Optional<Reason> typeOf(String field, String ref, List<String> types) {
        if (!IDENTIFIER.matcher(ref).matches()) {
            return Optional.of(Reason.of("sharing.reject.reference", field, ref));
        }
        String t = ref.substring(0, ref.indexOf("--"));
        return types.contains(t)
                ? Optional.empty()
                : Optional.of(Reason.of("sharing.reject.referenceType", field, String.join(" | ", types), t));
    }

    private static Optional<Instant> time(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? StixTimestamps.parse(v.asString()) : Optional.empty();
    }
}
