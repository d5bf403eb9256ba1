package org.gsi.training;

/** No nomination with that id in the course. */
public class NominationNotFoundException extends TrainingException {

    public NominationNotFoundException(NominationId id) {
        super("No nomination " + id.value() + " in this course");
    }
}
