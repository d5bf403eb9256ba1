package org.gsi.training.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.Trainees;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class TraineeDirectory implements Trainees {

    private final JdbcClient jdbc;

    TraineeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Trainee> current() {
        return jdbc.sql("SELECT n.id, n.course_id, c.topic, c.owner_party, n.party, n.trainee_name"
                        + " FROM training_nomination n JOIN training_course c ON c.id = n.course_id"
                        + " WHERE c.ends_on >= current_date AND NOT n.anonymised"
                        + " AND n.status NOT IN ('WITHDRAWN', 'NOT_SELECTED') ORDER BY n.created_at")
                .query((rs, i) -> new Trainee(
                        new NominationId(rs.getObject(1, UUID.class)),
                        new CourseId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
