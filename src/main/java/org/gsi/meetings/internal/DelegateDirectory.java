package org.gsi.meetings.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.meetings.Delegates;
import org.gsi.meetings.MeetingId;
import org.gsi.meetings.RegistrationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class DelegateDirectory implements Delegates {

    private final JdbcClient jdbc;

    DelegateDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Delegate> current() {
        return jdbc.sql(
                        "SELECT r.id, m.id, m.title, m.owner_party, r.party, d.name FROM meetings_delegate d"
                                + " JOIN meetings_registration r ON r.id = d.registration_id"
                                + " JOIN meetings_meeting m ON m.id = r.meeting_id"
                                + " WHERE NOT m.cancelled AND m.ends_at >= now()"
                                + " AND r.status IN ('PENDING', 'WAITING', 'APPROVED') ORDER BY m.starts_at, r.arrival, d.position")
                .query((rs, i) -> new Delegate(
                        new RegistrationId(rs.getObject(1, UUID.class)),
                        new MeetingId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
