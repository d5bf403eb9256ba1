package org.gsi.sharing.internal.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One STIX object of a bundle, read: its exact text as sent and the properties the platform stores beside it.
 *
 * @param index position in the bundle
 * @param versionText {@code modified}, else {@code created}, as written; empty for objects with neither (SCOs)
 */
public record ParsedObject(
        int index,
        String raw,
        JsonNode node,
        String id,
        String type,
        String specVersion,
        Optional<Instant> created,
        Optional<Instant> modified,
        String versionText,
        Optional<String> createdByRef) {

    /** The marking definitions referred to by {@code object_marking_refs} and by every granular marking. */
    public Set<String> markingRefs() {
        Set<String> refs = new LinkedHashSet<>();
        node.path("object_marking_refs").forEach(r -> refs.add(r.asString("")));
        node.path("granular_markings").forEach(g -> {
            if (g.hasNonNull("marking_ref")) {
                refs.add(g.get("marking_ref").asString(""));
            }
        });
        refs.remove("");
        return refs;
    }

    /** {@code modified}, else {@code created}: the version TAXII names; empty for objects with neither. */
    public Optional<Instant> version() {
        return modified.or(() -> created);
    }

    public boolean isMarkingDefinition() {
        return type.equals("marking-definition");
    }

    /** A name to show in lists: name, else value, else the first line of the description. */
    public String displayName() {
        for (String p : List.of("name", "value", "pattern", "description", "abstract", "content")) {
            String v = node.path(p).asString("");
            if (!v.isBlank()) {
                String line = v.strip().lines().findFirst().orElse("");
                return line.length() > 200 ? line.substring(0, 200) + "…" : line;
            }
        }
        if (type.equals("relationship")) {
            return node.path("relationship_type").asString("");
        }
        return "";
    }

    /** The ids this object refers to in its top-level {@code *_ref} and {@code *_refs} properties (no markings). */
    public List<String> references() {
        List<String> out = new ArrayList<>();
        node.properties().forEach(e -> {
            String k = e.getKey();
            if (k.equals("object_marking_refs") || k.equals("created_by_ref")) {
                return;
            }
            if (k.endsWith("_ref") && e.getValue().isString()) {
                out.add(e.getValue().asString());
            } else if (k.endsWith("_refs") && e.getValue().isArray()) {
                e.getValue().forEach(v -> {
                    if (v.isString()) {
                        out.add(v.asString());
                    }
                });
            }
        });
        return out;
    }
}
