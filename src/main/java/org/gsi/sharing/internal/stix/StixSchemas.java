package org.gsi.sharing.internal.stix;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The OASIS STIX 2.1 JSON Schemas (draft 2020-12), loaded from the classpath: their {@code $id} prefix is mapped to
 * {@code sharing/stix/schemas/}, so every {@code $ref} resolves without the network. An object is validated against
 * the schema of its type; a custom type against the common core of domain or cyber-observable objects.
 */
public final class StixSchemas {

    static final String ID_PREFIX =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    static final Set<String> DOMAIN_OBJECTS = Set.of(
            "attack-pattern",
            "campaign",
            "course-of-action",
            "grouping",
            "identity",
            "incident",
            "indicator",
            "infrastructure",
            "intrusion-set",
            "location",
            "malware",
            "malware-analysis",
            "note",
            "observed-data",
            "opinion",
            "report",
            "threat-actor",
            "tool",
            "vulnerability");
    static final Set<String> RELATIONSHIP_OBJECTS = Set.of("relationship", "sighting");
    static final Set<String> CYBER_OBSERVABLES = Set.of(
            "artifact",
            "autonomous-system",
            "directory",
            "domain-name",
            "email-addr",
            "email-message",
            "file",
            "ipv4-addr",
            "ipv6-addr",
            "mac-addr",
            "mutex",
            "network-traffic",
            "process",
            "software",
            "url",
            "user-account",
            "windows-registry-key",
            "x509-certificate");
    static final Set<String> META_OBJECTS = Set.of("marking-definition", "language-content", "extension-definition");

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    /** Made at the first schema asked for (the preload just after start, or a bundle before it), not at start. */
    private final SingletonSupplier<SchemaRegistry> registry =
            SingletonSupplier.of(() -> SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:sharing/stix/schemas/"))));

    /** Loads every schema now, so the first bundle does not pay for it. */
    public StixSchemas preload() {
        DOMAIN_OBJECTS.forEach(this::schemaFor);
        RELATIONSHIP_OBJECTS.forEach(this::schemaFor);
        CYBER_OBSERVABLES.forEach(this::schemaFor);
        META_OBJECTS.forEach(this::schemaFor);
        return this;
    }

    /** The schema's complaints about an object, at most three, empty when it is valid. */
    public List<String> errors(String type, JsonNode object) {
        String path = path(type, object);
        List<Error> errors = schemaFor(path).validate(object);
        return errors.stream().limit(3).map(StixSchemas::describe).toList();
    }

    private static String describe(Error e) {
        String at = String.valueOf(e.getInstanceLocation());
        String message = e.getMessage();
        String text = at.isEmpty() || at.equals("$") ? message : at + ": " + message;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private Schema schemaFor(String typeOrPath) {
        String path = typeOrPath.endsWith(".json") ? typeOrPath : path(typeOrPath, null);
        return schemas.computeIfAbsent(path, p -> {
            Schema s = registry.obtain().getSchema(SchemaLocation.of(ID_PREFIX + p));
            s.initializeValidators();
            return s;
        });
    }

    static String path(String type, JsonNode object) {
        if (DOMAIN_OBJECTS.contains(type)) {
            return "sdos/" + type + ".json";
        }
        if (RELATIONSHIP_OBJECTS.contains(type)) {
            return "sros/" + type + ".json";
        }
        if (CYBER_OBSERVABLES.contains(type)) {
            return "observables/" + type + ".json";
        }
        if (META_OBJECTS.contains(type)) {
            return "common/" + type + ".json";
        }
        boolean domainLike = object == null || object.has("created") || object.has("modified");
        return domainLike ? "common/core.json" : "common/cyber-observable-core.json";
    }

    /** Whether a type is a cyber-observable (standard, or custom without created and modified). */
    static boolean isObservable(String type, JsonNode object) {
        return path(type, object).startsWith("observables/")
                || path(type, object).endsWith("observable-core.json");
    }
}
