package org.gsi.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gsi.platform.CacheSpec;
import org.gsi.platform.PageView;
import org.gsi.platform.SharedCaches;
import org.gsi.registry.MembershipView;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the registry tables. */
@Repository
class PartyStore {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final String NAMES_SQL =
            LANGUAGES.stream().map(l -> "p.names->>'" + l + "' AS name_" + l).collect(Collectors.joining(", "));

    private static final String SELECT = "SELECT p.*, " + NAMES_SQL + " FROM registry_party p";

    /** The state of each membership in force today: its latest row effective today or earlier. */
    static final String CURRENT_MEMBERSHIPS =
            "(SELECT DISTINCT ON (mechanism_code, member_code) * FROM registry_membership"
                    + " WHERE coalesce(effective_from, '-infinity'::date) <= current_date"
                    + " ORDER BY mechanism_code, member_code, coalesce(effective_from, '-infinity'::date) DESC, id DESC)";

    static final String ACTIVE_STATUSES = "('member', 'observer', 'observer_state', 'partner', 'associate_member',"
            + " 'dialogue_partner', 'member_suspended', 'core', 'greater_horn')";

    private static final RowMapper<PartySummary> PARTY = PartyStore::party;

    static final String REGION_NAMES = "registry.region-names";

    private final JdbcClient jdbc;
    private final SharedCaches caches;

    PartyStore(JdbcClient jdbc, SharedCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /** Region names are reference data, loaded with the registry at the first start and never changed after. */
    @Bean
    static CacheSpec regionNamesCache() {
        return CacheSpec.untilEvicted(REGION_NAMES, 10);
    }

    long countParties() {
        return jdbc.sql("SELECT count(*) FROM registry_party").query(Long.class).single();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM registry_party WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<PartySummary> find(String code) {
        return jdbc.sql(SELECT + " WHERE p.code = ?").param(code).query(PARTY).optional();
    }

    Optional<PartySummary> findByAnyCode(String code) {
        String c = code.trim();
        return jdbc.sql(SELECT + " WHERE p.code = :c OR p.iso2 = upper(:c) OR p.iso3 = upper(:c) OR p.m49 = :c"
                        + " ORDER BY (p.code = :c) DESC LIMIT 1")
                .param("c", c)
                .query(PARTY)
                .optional();
    }

    PageView<PartySummary> search(PartyQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.q() != null && !q.q().isBlank()) {
            where.add("p.search_text LIKE :q");
            params.put(
                    "q",
                    "%"
                            + q.q().trim()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (q.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", q.kind().slug());
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.add("(p.region_code = :region OR p.subregion_code = :region OR p.intermediate_code = :region)");
            params.put("region", q.region());
        }
        if (q.grouping() != null && !q.grouping().isBlank()) {
            where.add(groupingClause(q.grouping()));
        }
        if (q.mechanism() != null && !q.mechanism().isBlank()) {
            where.add("p.code IN (SELECT member_code FROM " + CURRENT_MEMBERSHIPS
                    + " m WHERE m.mechanism_code = :mechanism" + " AND m.status IN " + ACTIVE_STATUSES + ")");
            params.put("mechanism", q.mechanism());
        }
        String whereSql = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String lang = LANGUAGES.contains(q.language()) ? q.language() : "en";
        long total = jdbc.sql("SELECT count(*) FROM registry_party p" + whereSql)
                .params(params)
                .query(Long.class)
                .single();
        List<PartySummary> items = jdbc.sql(SELECT + whereSql + " ORDER BY " + orderBy(q.sort(), q.descending(), lang)
                        + " LIMIT :size OFFSET :offset")
                .params(params)
                .param("size", q.size())
                .param("offset", (long) q.page() * q.size())
                .query(PARTY)
                .list();
        return new PageView<>(items, q.page(), q.size(), total);
    }

    /**
     * The SQL order of a search: {@code sort} is one of {@link PartyQuery#SORTS} and {@code lang} one of
     * {@link #LANGUAGES}, so nothing from the address reaches the SQL. Names and region names sort by the rules of the
     * language (its ICU collation), falling back to the English name; ties by name, then code.
     */
    static String orderBy(String sort, boolean descending, String lang) {
        String collation = " COLLATE \"" + lang + "-x-icu\"";
        String name = "coalesce(nullif(p.names->>'" + lang + "', ''), p.names->>'en')" + collation;
        String direction = descending ? " DESC" : " ASC";
        String first = switch (sort) {
            case "code" -> "p.code" + direction;
            case "kind" ->
                "array_position(ARRAY["
                        + java.util.Arrays.stream(PartyKind.values())
                                .map(k -> "'" + k.slug() + "'")
                                .collect(Collectors.joining(","))
                        + "]::text[], p.kind)" + direction;
            case "region" ->
                "(SELECT coalesce(r.names->>'" + lang + "', r.names->>'en') FROM registry_region r"
                        + " WHERE r.code = coalesce(p.subregion_code, p.region_code))" + collation + direction
                        + (descending ? " NULLS LAST" : " NULLS FIRST");
            default -> name + direction;
        };
        return first + ", " + name + ", p.code";
    }

    static String groupingClause(String grouping) {
        return switch (grouping) {
            case "ldc" -> "p.ldc";
            case "lldc" -> "p.lldc";
            case "sids" -> "p.sids";
            case "un-member" -> "p.un_status = 'member'";
            case "un-observer" -> "p.un_status = 'observer'";
            default ->
                throw new org.gsi.platform.InvalidInputException(
                        "grouping", "must be one of ldc, lldc, sids, un-member, un-observer");
        };
    }

    List<PartySummary> mechanisms() {
        return jdbc.sql(SELECT + " WHERE p.mechanism_kind IS NOT NULL ORDER BY p.mechanism_kind, p.names->>'en'")
                .query(PARTY)
                .list();
    }

    List<PartySummary> children(String parent) {
        return jdbc.sql(SELECT + " WHERE p.parent_code = ? ORDER BY p.names->>'en'")
                .param(parent)
                .query(PARTY)
                .list();
    }

    List<String> currentMembers(String mechanism, List<String> statuses) {
        return jdbc.sql("SELECT member_code FROM " + CURRENT_MEMBERSHIPS + " m WHERE mechanism_code = :mechanism"
                        + " AND status IN (:statuses) ORDER BY member_code")
                .param("mechanism", mechanism)
                .param("statuses", statuses)
                .query(String.class)
                .list();
    }

    /** Current status of every member of a mechanism, by member code. */
    Map<String, String> currentStatuses(String mechanism) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT member_code, status FROM " + CURRENT_MEMBERSHIPS + " m WHERE mechanism_code = ?"
                        + " ORDER BY member_code")
                .param(mechanism)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    /** Every recorded membership row of a party, as member or as mechanism, newest first. */
    List<MembershipView> memberships(String code) {
        return jdbc.sql("SELECT r.*, (c.id IS NOT NULL) AS is_current FROM registry_membership r LEFT JOIN "
                        + CURRENT_MEMBERSHIPS
                        + " c ON c.id = r.id WHERE r.member_code = :code OR r.mechanism_code = :code"
                        + " ORDER BY r.mechanism_code, r.member_code, coalesce(r.effective_from, '-infinity'::date) DESC,"
                        + " r.id DESC")
                .param("code", code)
                .query(PartyStore::membership)
                .list();
    }

    /** Region names in a language; regions are reference data and never change while running. */
    Map<String, String> regionNames(String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        return caches.get(REGION_NAMES, lang, () -> loadRegionNames(lang));
    }

    private Map<String, String> loadRegionNames(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT code, coalesce(names->>'" + lang
                        + "', names->>'en') FROM registry_region ORDER BY level, code")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    List<String[]> regions(String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        return jdbc.sql("SELECT code, level, coalesce(names->>'" + lang + "', names->>'en') FROM registry_region"
                        + " ORDER BY level, 3")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    void insertRegion(String code, String level, String parent, Map<String, String> names) {
        jdbc.sql("INSERT INTO registry_region (code, level, parent_code, names) VALUES (:code, :level, :parent, "
                        + jsonObject(names) + ")")
                .param("code", code)
                .param("level", level)
                .param("parent", parent)
                .params(namedNames(names))
                .update();
        caches.evict(REGION_NAMES);
    }

    record CountryRow(
            String code,
            String kind,
            Map<String, String> names,
            String m49,
            String iso2,
            String iso3,
            String region,
            String subregion,
            String intermediate,
            boolean ldc,
            boolean lldc,
            boolean sids,
            String unStatus) {}

    void insertCountry(CountryRow c) {
        jdbc.sql("INSERT INTO registry_party (code, kind, names, m49, iso2, iso3, region_code, subregion_code,"
                        + " intermediate_code, ldc, lldc, sids, un_status, search_text) VALUES (:code, :kind, "
                        + jsonObject(c.names()) + ", :m49, :iso2, :iso3, :region, :subregion, :intermediate, :ldc,"
                        + " :lldc, :sids, :un, :search)")
                .param("code", c.code())
                .param("kind", c.kind())
                .params(namedNames(c.names()))
                .param("m49", c.m49())
                .param("iso2", c.iso2())
                .param("iso3", c.iso3())
                .param("region", c.region())
                .param("subregion", c.subregion())
                .param("intermediate", c.intermediate())
                .param("ldc", c.ldc())
                .param("lldc", c.lldc())
                .param("sids", c.sids())
                .param("un", c.unStatus())
                .param("search", searchText(c.names(), c.code(), c.iso2(), c.m49()))
                .update();
    }

    void insertOrganisation(
            String code,
            String kind,
            String shortName,
            Map<String, String> names,
            String parent,
            String mechanismKind) {
        insertOther(code, kind, shortName, names, parent, mechanismKind, null, false);
    }

    void insertOther(
            String code,
            String kind,
            String shortName,
            Map<String, String> names,
            String parent,
            String mechanismKind,
            String description,
            boolean demo) {
        jdbc.sql("INSERT INTO registry_party (code, kind, short_name, names, parent_code, mechanism_kind, description,"
                        + " demo, search_text) VALUES (:code, :kind, :short, " + jsonObject(names)
                        + ", :parent, :mkind, :description, :demo, :search)")
                .param("code", code)
                .param("kind", kind)
                .param("short", shortName)
                .params(namedNames(names))
                .param("parent", parent)
                .param("mkind", mechanismKind)
                .param("description", description)
                .param("demo", demo)
                .param("search", searchText(names, code, shortName))
                .update();
    }

    /** Updates the descriptive fields of a party if it is still at {@code version}; false when it is not. */
    boolean update(String code, long version, String shortName, Map<String, String> names, String description) {
        return jdbc.sql("UPDATE registry_party SET short_name = :short, names = " + jsonObject(names)
                                + ", description = :description, search_text = :search, version = version + 1"
                                + " WHERE code = :code AND version = :version")
                        .param("short", shortName)
                        .params(namedNames(names))
                        .param("description", description)
                        .param("search", searchText(names, code, shortName))
                        .param("code", code)
                        .param("version", version)
                        .update()
                == 1;
    }

    long insertMembership(
            String mechanism,
            String member,
            String status,
            LocalDate from,
            String fromText,
            LocalDate asOf,
            String source,
            String note,
            String by) {
        return jdbc.sql("INSERT INTO registry_membership (mechanism_code, member_code, status, effective_from,"
                        + " effective_text, as_of, source, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(mechanism, member, status, from, fromText, asOf, source, note, by)
                .query(Long.class)
                .single();
    }

    private static String jsonObject(Map<String, String> names) {
        return "jsonb_strip_nulls(jsonb_build_object("
                + LANGUAGES.stream()
                        .map(l -> "'" + l + "', CAST(:name_" + l + " AS text)")
                        .collect(Collectors.joining(", "))
                + "))";
    }

    private static Map<String, Object> namedNames(Map<String, String> names) {
        Map<String, Object> out = new HashMap<>();
        for (String l : LANGUAGES) {
            String v = names.get(l);
            out.put("name_" + l, v == null || v.isBlank() ? null : v);
        }
        return out;
    }

    static String searchText(Map<String, String> names, String... codes) {
        StringBuilder sb = new StringBuilder();
        names.values().forEach(n -> sb.append(n == null ? "" : n).append(' '));
        for (String c : codes) {
            sb.append(c == null ? "" : c).append(' ');
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim();
    }

    private static PartySummary party(ResultSet rs, int n) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String l : LANGUAGES) {
            String v = rs.getString("name_" + l);
            if (v != null) {
                names.put(l, v);
            }
        }
        return new PartySummary(
                rs.getString("code"),
                PartyKind.parse(rs.getString("kind")),
                rs.getString("short_name"),
                names,
                rs.getString("m49"),
                rs.getString("iso2"),
                rs.getString("iso3"),
                rs.getString("region_code"),
                rs.getString("subregion_code"),
                rs.getString("intermediate_code"),
                rs.getBoolean("ldc"),
                rs.getBoolean("lldc"),
                rs.getBoolean("sids"),
                rs.getString("un_status"),
                rs.getString("parent_code"),
                rs.getString("mechanism_kind"),
                rs.getString("description"),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }

    private static MembershipView membership(ResultSet rs, int n) throws SQLException {
        return new MembershipView(
                rs.getLong("id"),
                rs.getString("mechanism_code"),
                rs.getString("member_code"),
                rs.getString("status"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getString("effective_text"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("source"),
                rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getBoolean("is_current"));
    }
}
