package org.gsi.earlywarning.internal.alerts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What alerts need to know of situations: who owns and may read them, their countries and domains. */
@Repository
class SituationFacts {

    /** A situation as alert rules, delivery and subscriptions see it. */
    record Situation(
            UUID id,
            String ownerParty,
            Visibility visibility,
            List<String> partiesConcerned,
            List<String> countries,
            List<String> domains) {

        boolean readableBy(String party) {
            return visibility.admits(party, ownerParty, partiesConcerned);
        }
    }

    private final JdbcClient jdbc;

    SituationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The situation when the reader may read it. */
    Optional<Situation> readable(UUID id, String reader) {
        return find(id).filter(s -> s.readableBy(reader));
    }

    Optional<Situation> find(UUID id) {
        return jdbc.sql("SELECT id, owner_party, visibility, parties_concerned, countries, domains"
                        + " FROM earlywarning_situation WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Situation(
                        rs.getObject("id", UUID.class),
                        rs.getString("owner_party"),
                        Visibility.valueOf(rs.getString("visibility")),
                        AlertRuleStore.strings(rs.getArray("parties_concerned")),
                        AlertRuleStore.strings(rs.getArray("countries")),
                        AlertRuleStore.strings(rs.getArray("domains"))))
                .optional();
    }

    /** The security domains of the public situations that cover a country. */
    List<String> publicDomainsOf(String country) {
        return jdbc.sql("SELECT DISTINCT unnest(domains) FROM earlywarning_situation"
                        + " WHERE visibility = 'PUBLIC' AND :country = ANY(countries)")
                .param("country", country)
                .query(String.class)
                .list();
    }
}
