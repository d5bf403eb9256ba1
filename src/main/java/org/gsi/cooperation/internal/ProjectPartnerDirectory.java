package org.gsi.cooperation.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectPartners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class ProjectPartnerDirectory implements ProjectPartners {

    private final JdbcClient jdbc;

    ProjectPartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Partner> current() {
        return jdbc.sql("SELECT p.id, p.title_text, p.owner_party, x.party FROM cooperation_participant x"
                        + " JOIN cooperation_project p ON p.id = x.project_id"
                        + " WHERE p.status NOT IN ('COMPLETED', 'CANCELLED') AND x.party <> p.owner_party"
                        + " ORDER BY p.created_at, x.position")
                .query((rs, i) -> new Partner(
                        new ProjectId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
