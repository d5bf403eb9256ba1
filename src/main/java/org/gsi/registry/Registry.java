package org.gsi.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.platform.PageView;

/** The registry of parties as other modules use it. */
public interface Registry {

    Optional<PartySummary> find(String code);

    boolean exists(String code);

    PageView<PartySummary> search(PartyQuery query);

    /** The parties whose current status in {@code mechanism} is member (suspended members included). */
    List<String> currentMembers(String mechanismCode);

    /** The M49 groupings a country belongs to: ldc, lldc, sids, un-member, un-observer, and its regions. */
    Set<String> groupings(String code);

    /** Mechanisms: organisations and forums with a kind of mechanism (IV.1 to IV.5). */
    List<PartySummary> mechanisms();
}
