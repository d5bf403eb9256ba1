package org.gsi.training.internal;

import java.util.Objects;

/** A candidate's personal data, visible only per TraineeDataPolicy and anonymised after retention. */
record Trainee(String name, String function, String contact, String language) {

    static final String ANONYMISED = "(anonymised)";

    Trainee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(language, "language");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A candidate needs a name");
        }
    }

    /** The same trainee without name, function and contact; the language of the course material stays. */
    Trainee anonymised() {
        return new Trainee(ANONYMISED, "", "", language);
    }

    boolean isAnonymised() {
        return ANONYMISED.equals(name);
    }
}
