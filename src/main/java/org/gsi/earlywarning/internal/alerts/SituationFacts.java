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

    /** A situation's id and title, for choices and labels on pages. */
    record Named(UUID id, String title) {}

    /** The situations the party owns, for the rule form. */
    List<Named> ownedBy(String party) {
        return jdbc.sql("SELECT id, title FROM earlywarning_situation WHERE owner_party = ? ORDER BY title LIMIT 500")
                .param(party)
                .query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
    }

    /** The situations the reader may read, for the subscription form and the labels of rules and subscriptions. */
    List<Named> readableBy(String reader) {
        return jdbc.sql("SELECT s.id, s.title FROM earlywarning_situation s WHERE "
                        + Visibility.sqlPredicate("s", "parties_concerned") + " ORDER BY s.title LIMIT 500")
                .param("reader", reader)
                .query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
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
