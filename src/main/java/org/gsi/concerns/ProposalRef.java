package org.gsi.concerns;

import java.util.Objects;

/** The proposal a concern is raised on, by kind ("project", later others) and the id in its own module. */
public record ProposalRef(String kind, String id) {

    public ProposalRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ProposalRef project(Object id) {
        return new ProposalRef("project", id.toString());
    }
}
