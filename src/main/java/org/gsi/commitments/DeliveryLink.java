package org.gsi.commitments;

import java.util.Objects;
import java.util.UUID;

/** What a delivery came through: a cooperation project or a training course. */
public sealed interface DeliveryLink {

    record Project(UUID projectId) implements DeliveryLink {
        public Project {
            Objects.requireNonNull(projectId, "project id");
        }
    }

    record Course(UUID courseId) implements DeliveryLink {
        public Course {
            Objects.requireNonNull(courseId, "course id");
        }
    }
}
