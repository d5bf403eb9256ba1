package org.gsi.identity;

import java.util.List;
import java.util.Optional;
import org.gsi.platform.Role;

/** The users of the platform as other modules read them. */
public interface Users {

    Optional<UserSummary> find(String username);

    /** The enabled users acting for {@code party} with {@code role}. */
    List<UserSummary> of(String party, Role role);
}
