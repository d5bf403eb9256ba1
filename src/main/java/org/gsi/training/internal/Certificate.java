package org.gsi.training.internal;

import java.time.LocalDate;
import org.gsi.registry.PartyCode;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;

/** Proof that a trainee completed a course, checkable by its code. */
record Certificate(
        CertificateCode code,
        CourseId course,
        NominationId nomination,
        String holder,
        String courseTopic,
        PartyCode provider,
        LocalDate courseStart,
        LocalDate courseEnd,
        LocalDate completedOn) {}
