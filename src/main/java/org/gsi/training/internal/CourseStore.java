package org.gsi.training.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.SeatAllocation;
import org.gsi.training.SeatShare;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, demands, shares and nominations in PostgreSQL. */
@Repository
class CourseStore {

    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CourseRow c) {
        jdbc.sql("INSERT INTO training_course (id, owner_party, provider, topic, priority_areas, starts_on, ends_on,"
                        + " language, modality, seats, cap_per_country, eligibility_rule, eligibility_codes,"
                        + " nomination_deadline, pledge_id, demo) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        c.id(),
                        c.organiser(),
                        c.provider(),
                        c.topic(),
                        c.priorityAreas().toArray(String[]::new),
                        c.start(),
                        c.end(),
                        c.language(),
                        c.modality(),
                        c.seats(),
                        c.capPerCountry(),
                        c.eligibility(),
                        c.eligibleParties().toArray(String[]::new),
                        c.nominationDeadline(),
                        c.pledge(),
                        c.demo())
                .update();
    }

    Optional<CourseRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM training_course WHERE id = ?")
                .param(id)
                .query(CourseStore::course)
                .optional();
    }

    List<CourseRow> list(int offset, int limit) {
        return list(offset, limit, "starts_on DESC");
    }

    /** One page of courses in {@code orderBy}: SQL of the list's sortable columns, never text from the address. */
    List<CourseRow> list(int offset, int limit, String orderBy) {
        return jdbc.sql("SELECT * FROM training_course ORDER BY " + orderBy + ", id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(CourseStore::course)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM training_course")
                .query(Long.class)
                .single();
    }

    /**
     * The course as its aggregate, with demands, allocation and nominations, locked until the transaction ends, so
     * that two commands on one course (two nominations for the last seat) are decided one after the other.
     */
    Optional<Course> load(UUID id) {
        return jdbc.sql("SELECT * FROM training_course WHERE id = ? FOR UPDATE")
                .param(id)
                .query(CourseStore::course)
                .optional()
                .map(this::aggregate);
    }

    /** The course as its aggregate, for reading only. */
    Optional<Course> read(UUID id) {
        return find(id).map(this::aggregate);
    }

    private Course aggregate(CourseRow row) {
        Map<PartyCode, Integer> demands = new TreeMap<>();
        jdbc.sql("SELECT party, requested FROM training_demand WHERE course_id = ?")
                .param(row.id())
                .query((ResultSet rs) -> {
                    demands.put(PartyCode.of(rs.getString(1)), rs.getInt(2));
                });
        Optional<SeatAllocation> allocation = row.allocated()
                ? Optional.of(new SeatAllocation(row.seats(), row.capPerCountry(), shares(row.id())))
                : Optional.empty();
        List<Nomination> nominations = jdbc.sql(
                        "SELECT * FROM training_nomination WHERE course_id = ? ORDER BY party, created_at, id")
                .param(row.id())
                .query(CourseStore::nomination)
                .list();
        return Course.restore(new CourseId(row.id()), row.details(), demands, allocation, nominations);
    }

    /** Writes what the aggregate decided: seat requests, the allocation when it was shared again, nominations. */
    void save(Course course) {
        UUID id = course.id().value();
        Map<PartyCode, Integer> demands = course.demands();
        jdbc.sql("INSERT INTO training_demand (course_id, party, requested)"
                        + " SELECT ?, * FROM unnest(?::text[], ?::int[])"
                        + " ON CONFLICT (course_id, party) DO UPDATE SET requested = EXCLUDED.requested")
                .params(
                        id,
                        demands.keySet().stream().map(PartyCode::value).toArray(String[]::new),
                        demands.values().toArray(Integer[]::new))
                .update();
        if (course.reallocated()) {
            replaceShares(id, course.allocation().shares());
        }
        List<Nomination> nominations = course.nominations();
        jdbc.sql("INSERT INTO training_nomination (id, course_id, party, trainee_name, trainee_function,"
                        + " trainee_contact, trainee_language, status, days_attended, completed_on, certificate_code,"
                        + " anonymised) SELECT n.id::uuid, ?, n.party, n.name, n.function, n.contact, n.language, n.status,"
                        + " n.days, n.completed::date, n.code, n.anonymised FROM unnest(?::text[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::boolean[])"
                        + " AS n(id, party, name, function, contact, language, status, days, completed, code, anonymised)"
                        + " ON CONFLICT (id) DO UPDATE SET trainee_name = EXCLUDED.trainee_name,"
                        + " trainee_function = EXCLUDED.trainee_function, trainee_contact = EXCLUDED.trainee_contact,"
                        + " trainee_language = EXCLUDED.trainee_language, status = EXCLUDED.status,"
                        + " days_attended = EXCLUDED.days_attended, completed_on = EXCLUDED.completed_on,"
                        + " certificate_code = EXCLUDED.certificate_code, anonymised = EXCLUDED.anonymised")
                .params(
                        id,
                        nominations.stream().map(n -> n.id().value().toString()).toArray(String[]::new),
                        nominations.stream()
                                .map(n -> n.nominatingParty().value())
                                .toArray(String[]::new),
                        nominations.stream().map(n -> n.trainee().name()).toArray(String[]::new),
                        nominations.stream().map(n -> n.trainee().function()).toArray(String[]::new),
                        nominations.stream().map(n -> n.trainee().contact()).toArray(String[]::new),
                        nominations.stream().map(n -> n.trainee().language()).toArray(String[]::new),
                        nominations.stream().map(n -> n.status().name()).toArray(String[]::new),
                        nominations.stream().map(Nomination::daysAttended).toArray(Integer[]::new),
                        nominations.stream()
                                .map(n ->
                                        n.completedOn().map(LocalDate::toString).orElse(null))
                                .toArray(String[]::new),
                        nominations.stream()
                                .map(n -> n.certificate()
                                        .map(CertificateCode::grouped)
                                        .orElse(null))
                                .toArray(String[]::new),
                        nominations.stream()
                                .map(n -> n.trainee().isAnonymised())
                                .toArray(Boolean[]::new))
                .update();
    }

    private void replaceShares(UUID course, List<SeatShare> shares) {
        jdbc.sql("DELETE FROM training_share WHERE course_id = ?").param(course).update();
        jdbc.sql("INSERT INTO training_share (course_id, party, requested, seats, reason_key, reason_args)"
                        + " SELECT ?, p, r, s, k, CAST(a AS jsonb)"
                        + " FROM unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[]) AS u (p, r, s, k, a)")
                .params(
                        course,
                        shares.stream().map(s -> s.party().value()).toArray(String[]::new),
                        shares.stream().map(SeatShare::requested).toArray(Integer[]::new),
                        shares.stream().map(SeatShare::seats).toArray(Integer[]::new),
                        shares.stream().map(s -> s.reason().key()).toArray(String[]::new),
                        shares.stream().map(s -> s.reason().argsJson()).toArray(String[]::new))
                .update();
        jdbc.sql("UPDATE training_course SET allocated_at = now(), version = version + 1 WHERE id = ?")
                .param(course)
                .update();
    }

    /** The version of a course, for its entity tag. */
    Optional<Long> version(UUID course) {
        return jdbc.sql("SELECT version FROM training_course WHERE id = ?")
                .param(course)
                .query(Long.class)
                .optional();
    }

    List<SeatShare> shares(UUID course) {
        return jdbc.sql("SELECT party, requested, seats, reason_key, reason_args FROM training_share"
                        + " WHERE course_id = ? ORDER BY party")
                .param(course)
                .query((rs, n) -> new SeatShare(
                        org.gsi.registry.PartyCode.of(rs.getString(1)),
                        rs.getInt(2),
                        rs.getInt(3),
                        Message.stored(rs.getString(4), rs.getString(5))))
                .list();
    }

    /** The course a nomination belongs to. */
    Optional<UUID> courseOf(UUID nomination) {
        return jdbc.sql("SELECT course_id FROM training_nomination WHERE id = ?")
                .param(nomination)
                .query(UUID.class)
                .optional();
    }

    /** The nomination a certificate code was issued for, with its course. */
    Optional<Issued> issued(CertificateCode code) {
        return jdbc.sql("SELECT course_id, id FROM training_nomination WHERE certificate_code = ?")
                .param(code.grouped())
                .query((rs, n) -> new Issued(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    record Issued(UUID course, UUID nomination) {}

    long completed(UUID course) {
        return jdbc.sql("SELECT count(*) FROM training_nomination WHERE course_id = ? AND status = 'COMPLETED'")
                .param(course)
                .query(Long.class)
                .single();
    }

    /** Courses that ended before {@code endedBefore} and still hold a trainee's personal data. */
    List<UUID> withTraineesEndedBefore(LocalDate endedBefore) {
        return jdbc.sql(
                        "SELECT c.id FROM training_course c WHERE c.ends_on < ? AND EXISTS (SELECT 1 FROM"
                                + " training_nomination n WHERE n.course_id = c.id AND NOT n.anonymised) ORDER BY c.ends_on, c.id")
                .param(endedBefore)
                .query(UUID.class)
                .list();
    }

    private static CourseRow course(ResultSet rs, int n) throws SQLException {
        return new CourseRow(
                rs.getObject("id", UUID.class),
                rs.getString("owner_party"),
                rs.getString("provider"),
                rs.getString("topic"),
                strings(rs.getArray("priority_areas")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("language"),
                rs.getString("modality"),
                rs.getInt("seats"),
                rs.getInt("cap_per_country"),
                rs.getString("eligibility_rule"),
                strings(rs.getArray("eligibility_codes")),
                rs.getObject("nomination_deadline", LocalDate.class),
                rs.getObject("pledge_id", UUID.class),
                rs.getTimestamp("allocated_at") != null,
                rs.getBoolean("demo"));
    }

    private static Nomination nomination(ResultSet rs, int n) throws SQLException {
        return Nomination.restore(
                new NominationId(rs.getObject("id", UUID.class)),
                PartyCode.of(rs.getString("party")),
                new Trainee(
                        rs.getString("trainee_name"),
                        rs.getString("trainee_function"),
                        rs.getString("trainee_contact"),
                        rs.getString("trainee_language")),
                NominationStatus.valueOf(rs.getString("status")),
                rs.getInt("days_attended"),
                Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
                Optional.ofNullable(rs.getString("certificate_code")).flatMap(CertificateCode::parse));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
