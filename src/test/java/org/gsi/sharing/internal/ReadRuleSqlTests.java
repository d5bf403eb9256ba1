package org.gsi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.PlatformTest;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read rule's SQL predicate admits exactly the versions its Java form admits, for every kind of reader. */
@PlatformTest
class ReadRuleSqlTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Collections collections;

    @Autowired
    ObjectStore store;

    @Autowired
    SharedObjects shared;

    @Test
    void sqlAndJavaAgreeOnEveryStoredVersionForEveryReader() {
        // the demo holds CLEAR, GREEN, AMBER, RED and unmarked objects in a group and in China's own collection;
        // a named and an informed recipient make the grants matter
        Actor china = new Actor("china", "CHN", Role.FOCAL_POINT);
        var strictOrRed = jdbc.sql(
                        "SELECT stix_id FROM sharing_object WHERE sender_party = 'CHN' AND tlp = 'RED' LIMIT 1")
                .query(String.class)
                .single();
        shared.passOn(china, strictOrRed, Optional.of("CHN"), "BRA");
        var amber = jdbc.sql("SELECT stix_id FROM sharing_object WHERE sender_party = 'CHN' AND tlp = 'AMBER'"
                        + " AND target_group IS NOT NULL LIMIT 1")
                .query(String.class)
                .single();
        shared.passOn(new Actor("kazakhstan", "KAZ", Role.FOCAL_POINT), amber, Optional.of("CHN"), "IDN");

        List<StoredObject> all = jdbc.sql("SELECT " + ObjectStore.COLUMNS + ", '' FROM sharing_object o")
                .query((rs, n) -> ObjectStore.row(rs))
                .list();
        assertThat(all.stream().map(StoredObject::tlp).distinct()).contains(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED);
        for (String party : List.of("", "CHN", "KAZ", "ETH", "IDN", "BRA", "au")) {
            Reader reader = party.isEmpty()
                    ? Reader.anonymous()
                    : collections.reader(Optional.of(new Actor("x", party, Role.VIEWER)));
            Set<String> bySql = new HashSet<>(
                    jdbc.sql("SELECT o.stix_id || '|' || o.date_added FROM sharing_object o WHERE " + ReadRule.sql("o"))
                            .params(ObjectStore.params(reader))
                            .query(String.class)
                            .list());
            Set<String> byJava = new HashSet<>();
            for (StoredObject o : all) {
                Set<GrantKind> grants = reader.isAnonymous()
                        ? Set.of()
                        : Set.copyOf(store.grantsOf(reader.party(), o.stixId(), o.senderParty()));
                if (ReadRule.admits(reader, o, grants)) {
                    byJava.add(o.stixId() + "|"
                            + jdbc.sql("SELECT CAST(? AS timestamptz)::text")
                                    .param(java.sql.Timestamp.from(o.dateAdded()))
                                    .query(String.class)
                                    .single());
                }
            }
            assertThat(bySql).as("reader " + party).isEqualTo(byJava);
        }
    }
}
