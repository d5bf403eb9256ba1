package org.gsi.training.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.VersionedTable;
import org.gsi.training.SeatShare;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, demands, shares and nominations in PostgreSQL. */
@Repository
class CourseStore {

    private static final VersionedTable COURSES = new VersionedTable("training_course", "course");

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
        return jdbc.sql("SELECT * FROM training_course ORDER BY starts_on DESC, id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(CourseStore::course)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM training_course")
                .query(Long.class)
                .single();
    }

    void demand(UUID course, String party, int seats) {
        jdbc.sql("INSERT INTO training_demand (course_id, party, requested) VALUES (?,?,?)"
                        + " ON CONFLICT (course_id, party) DO UPDATE SET requested = EXCLUDED.requested")
                .params(course, party, seats)
                .update();
    }

    Map<String, Integer> demands(UUID course) {
        Map<String, Integer> demands = new java.util.TreeMap<>();
        jdbc.sql("SELECT party, requested FROM training_demand WHERE course_id = ?")
                .param(course)
                .query((ResultSet rs) -> {
                    demands.put(rs.getString(1), rs.getInt(2));
                });
        return demands;
    }

    void replaceShares(UUID course, List<SeatShare> shares) {
        jdbc.sql("DELETE FROM training_share WHERE course_id = ?").param(course).update();
        jdbc.sql("INSERT INTO training_share (course_id, party, requested, seats, reason)"
                        + " SELECT ?, * FROM unnest(?::text[], ?::int[], ?::int[], ?::text[])")
                .params(
                        course,
                        shares.stream().map(s -> s.party().value()).toArray(String[]::new),
                        shares.stream().map(SeatShare::requested).toArray(Integer[]::new),
                        shares.stream().map(SeatShare::seats).toArray(Integer[]::new),
                        shares.stream().map(SeatShare::reason).toArray(String[]::new))
                .update();
        jdbc.sql("UPDATE training_course SET allocated_at = now() WHERE id = ?")
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

    /** Claims the next version of a course read at {@code readVersion}, before a change writes anything else. */
    long advance(UUID course, long readVersion) {
        return COURSES.advance(jdbc, course, readVersion);
    }

    List<SeatShare> shares(UUID course) {
        return jdbc.sql("SELECT party, requested, seats, reason FROM training_share WHERE course_id = ? ORDER BY party")
                .param(course)
                .query((rs, n) -> new SeatShare(
                        org.gsi.commitments.PartyCode.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    void insert(NominationRow n) {
        jdbc.sql(
                        "INSERT INTO training_nomination (id, course_id, party, trainee_name, trainee_function, trainee_contact,"
                                + " trainee_language, status) VALUES (?,?,?,?,?,?,?,?)")
                .params(
                        n.id(),
                        n.course(),
                        n.party(),
                        n.name(),
                        n.function(),
                        n.contact(),
                        n.language(),
                        n.status().name())
                .update();
    }

    Optional<NominationRow> nomination(UUID id) {
        return jdbc.sql("SELECT * FROM training_nomination WHERE id = ?")
                .param(id)
                .query(CourseStore::nomination)
                .optional();
    }

    Optional<NominationRow> nominationByCode(String code) {
        return jdbc.sql("SELECT * FROM training_nomination WHERE certificate_code = ?")
                .param(code)
                .query(CourseStore::nomination)
                .optional();
    }

    List<NominationRow> nominations(UUID course) {
        return jdbc.sql("SELECT * FROM training_nomination WHERE course_id = ? ORDER BY party, created_at")
                .param(course)
                .query(CourseStore::nomination)
                .list();
    }

    long seatsHeld(UUID course, String party) {
        return jdbc.sql("SELECT count(*) FROM training_nomination WHERE course_id = ? AND party = ?"
                        + " AND status NOT IN ('NOT_SELECTED', 'WITHDRAWN')")
                .params(course, party)
                .query(Long.class)
                .single();
    }

    long completed(UUID course) {
        return jdbc.sql("SELECT count(*) FROM training_nomination WHERE course_id = ? AND status = 'COMPLETED'")
                .param(course)
                .query(Long.class)
                .single();
    }

    /** Moves a nomination from one status to another; false when it was no longer in {@code from}. */
    boolean move(UUID id, NominationStatus from, NominationStatus to) {
        return jdbc.sql("UPDATE training_nomination SET status = ? WHERE id = ? AND status = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    void attended(UUID id, int days) {
        jdbc.sql("UPDATE training_nomination SET days_attended = ? WHERE id = ?")
                .params(days, id)
                .update();
    }

    boolean complete(UUID id, LocalDate on, String code) {
        return jdbc.sql("UPDATE training_nomination SET status = 'COMPLETED', completed_on = ?, certificate_code = ?"
                                + " WHERE id = ? AND status = 'ENROLLED'")
                        .params(on, code, id)
                        .update()
                == 1;
    }

    /** Anonymises trainees of courses that ended before {@code endedBefore}; returns how many. */
    int anonymise(LocalDate endedBefore) {
        return jdbc.sql(
                        "UPDATE training_nomination n SET trainee_name = ?, trainee_function = '', trainee_contact = '',"
                                + " anonymised = TRUE FROM training_course c WHERE n.course_id = c.id AND c.ends_on < ?"
                                + " AND NOT n.anonymised")
                .params(Trainee.ANONYMISED, endedBefore)
                .update();
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

    private static NominationRow nomination(ResultSet rs, int n) throws SQLException {
        return new NominationRow(
                rs.getObject("id", UUID.class),
                rs.getObject("course_id", UUID.class),
                rs.getString("party"),
                rs.getString("trainee_name"),
                rs.getString("trainee_function"),
                rs.getString("trainee_contact"),
                rs.getString("trainee_language"),
                NominationStatus.valueOf(rs.getString("status")),
                rs.getInt("days_attended"),
                rs.getObject("completed_on", LocalDate.class),
                rs.getString("certificate_code"),
                rs.getBoolean("anonymised"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
