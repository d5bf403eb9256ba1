package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Projects with their participants and consents in PostgreSQL; a save checks the version it loaded. */
@Repository
class ProjectStore {

    /**
     * Who may read a project, as a SQL predicate over {@code cooperation_project p} binding {@code :reader}: its
     * visibility once proposed; a draft only for its initiating party, whatever its visibility.
     */
    static final String READABLE = Visibility.sqlPredicate("p", "participants", "p.status = 'DRAFT'");

    /** A project as loaded, with what the aggregate does not itself hold. */
    record StoredProject(
            Project project,
            long version,
            Optional<String> iatiIdentifier,
            boolean demo,
            Optional<BigDecimal> progress,
            Instant createdAt,
            Instant updatedAt) {}

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PortfolioCache portfolio;

    ProjectStore(JdbcClient jdbc, JsonMapper json, PortfolioCache portfolio) {
        this.jdbc = jdbc;
        this.json = json;
        this.portfolio = portfolio;
    }

    void insert(Project p, Optional<String> iatiIdentifier, boolean demo) {
        ProjectDetails d = p.details();
        jdbc.sql("""
                INSERT INTO cooperation_project (id, iati_identifier, owner_party, visibility, status, participants,
                  title, description, title_text, priority_areas, domains, countries, regions, planned_start,
                  planned_end, actual_start, actual_end, budget, currency, fund_id, resolutions, demo)
                VALUES (:id, :iati, :owner, :visibility, :status, :participants, CAST(:title AS jsonb),
                  CAST(:description AS jsonb), :titleText, :areas, :domains, :countries, :regions, :plannedStart,
                  :plannedEnd, :actualStart, :actualEnd, :budget, :currency, :fund, :resolutions, :demo)
                """)
                .params(columns(p))
                .param("iati", iatiIdentifier.orElse(null))
                .param("owner", p.initiator().value())
                .param("demo", demo)
                .update();
        saveParticipants(p, Map.of());
        portfolio.invalidate();
    }

    /** Saves a project loaded at {@code expectedVersion}; returns the new version. */
    long update(Project p, long expectedVersion) {
        int rows = jdbc.sql("""
                UPDATE cooperation_project SET visibility = :visibility, status = :status,
                  participants = :participants, title = CAST(:title AS jsonb),
                  description = CAST(:description AS jsonb), title_text = :titleText, priority_areas = :areas,
                  domains = :domains, countries = :countries, regions = :regions, planned_start = :plannedStart,
                  planned_end = :plannedEnd, actual_start = :actualStart, actual_end = :actualEnd,
                  budget = :budget, currency = :currency, fund_id = :fund, resolutions = :resolutions,
                  version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """)
                .params(columns(p))
                .param("version", expectedVersion)
                .update();
        if (rows != 1) {
            long current = version(p.id()).orElse(expectedVersion);
            throw new StaleVersionException("project", p.id().toString(), current);
        }
        Map<String, Instant> reminded = new java.util.HashMap<>();
        jdbc.sql("DELETE FROM cooperation_participant WHERE project_id = :id"
                        + " RETURNING party, requested_at, reminded_at")
                .param("id", p.id().value())
                .query(rs -> {
                    if (rs.getTimestamp(2) != null && rs.getTimestamp(3) != null) {
                        reminded.put(
                                rs.getString(1) + "@" + rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant());
                    }
                });
        saveParticipants(p, reminded);
        portfolio.invalidate();
        return expectedVersion + 1;
    }

    void setProgress(ProjectId id, Optional<BigDecimal> progress) {
        jdbc.sql("UPDATE cooperation_project SET progress = :progress WHERE id = :id")
                .param("progress", progress.orElse(null))
                .param("id", id.value())
                .update();
        portfolio.invalidate();
    }

    Optional<Long> version(ProjectId id) {
        return jdbc.sql("SELECT version FROM cooperation_project WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional();
    }

    Optional<StoredProject> load(ProjectId id, ConsentPolicy policy) {
        return jdbc.sql("SELECT * FROM cooperation_project WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> stored(rs, policy))
                .optional();
    }

    Optional<ProjectId> byIatiIdentifier(String iatiIdentifier) {
        return jdbc.sql("SELECT id FROM cooperation_project WHERE iati_identifier = :iati")
                .param("iati", iatiIdentifier)
                .query((rs, n) -> new ProjectId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void appendTimeline(ProjectId id, Instant at, String kind, String party, String actor, String detail) {
        jdbc.sql("INSERT INTO cooperation_timeline (project_id, at, kind, party, actor, detail)"
                        + " VALUES (:id, :at, :kind, :party, :actor, :detail)")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("kind", kind)
                .param("party", party)
                .param("actor", actor)
                .param("detail", detail == null ? "" : detail)
                .update();
    }

    /** One entry of a project's timeline. */
    record TimelineEntry(Instant at, String kind, String party, String actor, String detail) {}

    List<TimelineEntry> timeline(ProjectId id) {
        return jdbc.sql("SELECT at, kind, party, actor, detail FROM cooperation_timeline WHERE project_id = :id"
                        + " ORDER BY at, id")
                .param("id", id.value())
                .query((rs, n) -> new TimelineEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /**
     * Writes the participants; {@code reminded} keeps when a still pending request (party@requested-at) was
     * reminded, so that a request is reminded once however often the project changes.
     */
    private void saveParticipants(Project p, Map<String, Instant> reminded) {
        int position = 0;
        for (Participant participant : p.participants()) {
            Optional<Consent> consent = p.consentOf(participant.party());
            jdbc.sql("""
                    INSERT INTO cooperation_participant (project_id, party, roles, position, consent_state,
                      requested_at, deadline, answered_at, reason, reminded_at)
                    VALUES (:id, :party, :roles, :position, :state, :requested, :deadline, :answered, :reason,
                      :reminded)
                    """)
                    .param("id", p.id().value())
                    .param("party", participant.party().value())
                    .param(
                            "roles",
                            participant.roles().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toArray(String[]::new))
                    .param("position", position++)
                    .param("state", consent.map(c -> c.state().name()).orElse(null))
                    .param(
                            "requested",
                            consent.map(c -> Timestamp.from(c.requestedAt())).orElse(null))
                    .param(
                            "deadline",
                            consent.map(c -> Timestamp.from(c.deadline())).orElse(null))
                    .param(
                            "answered",
                            consent.flatMap(Consent::answeredAt)
                                    .map(Timestamp::from)
                                    .orElse(null))
                    .param("reason", consent.flatMap(Consent::reason).orElse(null))
                    .param(
                            "reminded",
                            consent.map(c -> reminded.get(participant.party().value() + "@" + c.requestedAt()))
                                    .map(Timestamp::from)
                                    .orElse(null))
                    .update();
        }
    }

    private Map<String, Object> columns(Project p) {
        ProjectDetails d = p.details();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", p.id().value());
        c.put("visibility", d.visibility().name());
        c.put("status", p.status().name());
        c.put(
                "participants",
                p.participants().stream().map(x -> x.party().value()).toArray(String[]::new));
        c.put("title", json.writeValueAsString(texts(d.title())));
        c.put("description", json.writeValueAsString(texts(d.description())));
        c.put("titleText", String.join(" ", d.title().values().values()));
        c.put(
                "areas",
                d.priorityAreas().stream().map(PriorityArea::code).sorted().toArray(String[]::new));
        c.put("domains", sorted(d.domains()));
        c.put("countries", sorted(d.countries()));
        c.put("regions", sorted(d.regions()));
        c.put("plannedStart", date(d.dates().plannedStart()));
        c.put("plannedEnd", date(d.dates().plannedEnd()));
        c.put("actualStart", date(d.dates().actualStart()));
        c.put("actualEnd", date(d.dates().actualEnd()));
        c.put("budget", d.budget().map(Money::amount).orElse(null));
        c.put("currency", d.budget().map(m -> m.currency().value()).orElse(null));
        c.put("fund", d.fundId().map(UUID::fromString).orElse(null));
        c.put(
                "resolutions",
                d.resolutions().stream().map(ResolutionSymbol::value).toArray(String[]::new));
        return c;
    }

    private StoredProject stored(ResultSet rs, ConsentPolicy policy) throws SQLException {
        ProjectId id = new ProjectId(rs.getObject("id", UUID.class));
        String currency = rs.getString("currency");
        Optional<Money> budget = Optional.ofNullable(rs.getBigDecimal("budget"))
                .map(a -> new Money(a, CurrencyCode.of(currency == null ? "USD" : currency)));
        ProjectDetails details = new ProjectDetails(
                localized(rs.getString("title")),
                localized(rs.getString("description")),
                Set.copyOf(strings(rs.getArray("priority_areas")).stream()
                        .map(PriorityArea::of)
                        .toList()),
                Set.copyOf(strings(rs.getArray("domains"))),
                Set.copyOf(strings(rs.getArray("countries"))),
                Set.copyOf(strings(rs.getArray("regions"))),
                new ProjectDates(
                        localDate(rs, "planned_start"),
                        localDate(rs, "planned_end"),
                        localDate(rs, "actual_start"),
                        localDate(rs, "actual_end")),
                budget,
                Optional.ofNullable(rs.getObject("fund_id", UUID.class)).map(UUID::toString),
                strings(rs.getArray("resolutions")).stream()
                        .map(ResolutionSymbol::of)
                        .toList(),
                Visibility.valueOf(rs.getString("visibility")));
        List<Participant> participants = new ArrayList<>();
        List<Consent> consents = new ArrayList<>();
        loadParticipants(id, participants, consents);
        Project project = Project.restore(
                id,
                PartyCode.of(rs.getString("owner_party")),
                details,
                ProjectStatus.valueOf(rs.getString("status")),
                participants,
                consents,
                policy);
        return new StoredProject(
                project,
                rs.getLong("version"),
                Optional.ofNullable(rs.getString("iati_identifier")),
                rs.getBoolean("demo"),
                Optional.ofNullable(rs.getBigDecimal("progress")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private void loadParticipants(ProjectId id, List<Participant> participants, List<Consent> consents) {
        jdbc.sql("SELECT * FROM cooperation_participant WHERE project_id = :id ORDER BY position")
                .param("id", id.value())
                .query(rs -> {
                    PartyCode party = PartyCode.of(rs.getString("party"));
                    Set<ParticipantRole> roles = new HashSet<>();
                    strings(rs.getArray("roles")).forEach(r -> roles.add(ParticipantRole.valueOf(r)));
                    participants.add(new Participant(party, roles));
                    String state = rs.getString("consent_state");
                    if (state != null) {
                        consents.add(new Consent(
                                party,
                                ConsentState.valueOf(state),
                                rs.getTimestamp("requested_at").toInstant(),
                                rs.getTimestamp("deadline").toInstant(),
                                Optional.ofNullable(rs.getTimestamp("answered_at"))
                                        .map(Timestamp::toInstant),
                                Optional.ofNullable(rs.getString("reason"))));
                    }
                });
    }

    LocalizedText localized(String jsonText) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        json.readValue(jsonText, TEXTS)
                .forEach((tag, text) -> Language.fromTag(tag).ifPresent(l -> values.put(l, text)));
        return new LocalizedText(values);
    }

    static Map<String, String> texts(LocalizedText text) {
        Map<String, String> out = new LinkedHashMap<>();
        text.values().forEach((l, t) -> out.put(l.tag(), t));
        return out;
    }

    private static Optional<LocalDate> localDate(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }

    private static Date date(Optional<LocalDate> d) {
        return d.map(Date::valueOf).orElse(null);
    }

    private static String[] sorted(Collection<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
