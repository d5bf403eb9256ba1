package org.gsi.cooperation.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Actor;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table that maps OECD DAC purpose codes (5 digits) and categories (3 digits) to the priority areas of the
 * Concept Paper. It ships with the platform (migration V16, documented in the module page); the secretariat edits
 * it, every change audited. Imports read it once per file.
 */
@Service
class SectorMappings {

    /** One row: a DAC code, the area it maps to (empty: no area) and what the code stands for. */
    record SectorMapping(
            String code, String priorityArea, String description, String updatedBy, Instant updatedAt, long version) {}

    /** A change to one row; priorityArea empty or null maps the code to no area. */
    record SetSectorMappingRequest(String priorityArea, String description) {}

    private static final Pattern CODE = Pattern.compile("[0-9]{3}([0-9]{2})?");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SectorMappings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<SectorMapping> list() {
        return jdbc.sql("SELECT code, priority_area, description, updated_by, updated_at, version"
                        + " FROM cooperation_sector_mapping ORDER BY code")
                .query((rs, n) -> new SectorMapping(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
    }

    Optional<SectorMapping> find(String code) {
        return list().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The table as it stands, for one import. */
    SectorMap snapshot() {
        Map<String, Optional<PriorityArea>> codes = new HashMap<>();
        list().forEach(m ->
                codes.put(m.code(), Optional.ofNullable(m.priorityArea()).map(PriorityArea::of)));
        return new SectorMap(codes);
    }

    /** Sets one row (creating it when new); only the secretariat may. {@code ifMatch} is checked when given. */
    @Transactional
    SectorMapping set(Actor actor, String code, String ifMatch, SetSectorMappingRequest request) {
        actor.require(Permission.MANAGE_REGISTRY, "set-sector-mapping", "sector-mapping", code);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidFieldException("code", Message.of("cooperation.refused.dacCode"));
        }
        String area = request.priorityArea() == null || request.priorityArea().isBlank()
                ? null
                : PriorityArea.of(request.priorityArea().strip()).code();
        String description =
                request.description() == null ? null : request.description().strip();
        Optional<SectorMapping> before = find(code);
        if (ifMatch != null && before.isPresent()) {
            Versions.check(ifMatch, "sector-mapping", code, before.get().version());
        }
        jdbc.sql("""
                INSERT INTO cooperation_sector_mapping (code, priority_area, description, updated_by)
                VALUES (:code, :area, COALESCE(:description, ''), :by)
                ON CONFLICT (code) DO UPDATE SET priority_area = EXCLUDED.priority_area,
                  description = COALESCE(:description, cooperation_sector_mapping.description),
                  updated_by = EXCLUDED.updated_by, updated_at = now(),
                  version = cooperation_sector_mapping.version + 1
                """)
                .param("code", code)
                .param("area", area)
                .param("description", description)
                .param("by", actor.username())
                .update();
        audit.record(
                actor,
                "set-sector-mapping",
                "sector-mapping",
                code,
                before.map(b -> Optional.ofNullable(b.priorityArea()).orElse("none"))
                                .orElse("new")
                        + " -> " + (area == null ? "none" : area));
        return find(code).orElseThrow();
    }

    /** The mapping of one import: DAC codes to areas. */
    record SectorMap(Map<String, Optional<PriorityArea>> codes) {

        /**
         * The area a sector maps to: vocabulary 1 (DAC 5-digit) through its own row or else its 3-digit category's,
         * vocabulary 2 (DAC 3-digit) through the category's row; other vocabularies map to none here.
         */
        Optional<PriorityArea> areaOf(String vocabulary, String code) {
            if (code == null) {
                return Optional.empty();
            }
            String c = code.strip();
            if (vocabulary.equals("1") && c.length() == 5) {
                Optional<PriorityArea> own = codes.get(c);
                return own != null ? own : codes.getOrDefault(c.substring(0, 3), Optional.empty());
            }
            if (vocabulary.equals("2") && c.length() == 3) {
                return codes.getOrDefault(c, Optional.empty());
            }
            return Optional.empty();
        }
    }
}
