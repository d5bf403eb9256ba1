package org.gsi.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a course. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "id");
    }

    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
    }
}
