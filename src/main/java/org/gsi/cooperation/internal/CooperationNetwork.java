package org.gsi.cooperation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which parties cooperate with which: every project the reader may see links each pair of its parties (initiator
 * and participants). Restricted projects of others count nowhere, not even in the weight of an edge.
 */
@Repository
class CooperationNetwork {

    /** A party and the number of visible projects it is part of. */
    record Node(String party, long projects) {}

    /** Two parties (in code order) and the number of visible projects they share. */
    record Edge(String source, String target, long projects) {}

    record Graph(List<Node> nodes, List<Edge> edges) {}

    private static final String PARTIES = "WITH v AS (SELECT ARRAY(SELECT DISTINCT x FROM"
            + " unnest(array_prepend(p.owner_party, p.participants)) x) AS parties FROM cooperation_project p"
            + " WHERE " + ProjectStore.READABLE + ") ";

    private final JdbcClient jdbc;

    CooperationNetwork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code maxNodes} parties with most projects and the edges among them. */
    Graph graph(String reader, int maxNodes) {
        List<Node> nodes = jdbc.sql(PARTIES + "SELECT party, count(*) FROM v, unnest(v.parties) party"
                        + " GROUP BY party ORDER BY count(*) DESC, party LIMIT :max")
                .param("reader", reader == null ? "" : reader)
                .param("max", maxNodes)
                .query((rs, n) -> new Node(rs.getString(1), rs.getLong(2)))
                .list();
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.party()));
        List<Edge> edges = new ArrayList<>();
        jdbc.sql(PARTIES + "SELECT a, b, count(*) FROM v, unnest(v.parties) a, unnest(v.parties) b"
                        + " WHERE a < b GROUP BY a, b ORDER BY count(*) DESC, a, b")
                .param("reader", reader == null ? "" : reader)
                .query(rs -> {
                    String a = rs.getString(1);
                    String b = rs.getString(2);
                    if (kept.contains(a) && kept.contains(b)) {
                        edges.add(new Edge(a, b, rs.getLong(3)));
                    }
                });
        return new Graph(nodes, edges);
    }
}
