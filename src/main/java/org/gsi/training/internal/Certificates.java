package org.gsi.training.internal;

import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.NotFoundException;
import org.gsi.training.NominationId;
import org.gsi.training.internal.TraineeDataPolicy.Reader;
import org.gsi.training.internal.TrainingViews.CertificateCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Verifies certificate codes for everyone and renders certificates for those who may see the trainee. */
@Component
class Certificates {

    static final String VERIFY_PAGE = "/training/certificates";

    private final CourseStore store;
    private final TraineeDataPolicy policy = new TraineeDataPolicy();

    Certificates(CourseStore store) {
        this.store = store;
    }

    /** What a typed code proves: valid with the holder and course, or not valid (malformed or unknown). */
    @Transactional(readOnly = true)
    CertificateCheck verify(String typed) {
        return CertificateCode.parse(typed == null ? "" : typed)
                .flatMap(store::issued)
                .flatMap(issued -> store.read(issued.course())
                        .flatMap(course -> course.certificate(new NominationId(issued.nomination()))
                                .map(c -> check(course, c))))
                .orElseGet(() -> new CertificateCheck(typed, false, null, null, null, null, null, false));
    }

    private static CertificateCheck check(Course course, Certificate c) {
        Nomination n = course.nomination(c.nomination());
        boolean anonymised = n.trainee().isAnonymised();
        return new CertificateCheck(
                c.code().grouped(),
                true,
                anonymised ? null : c.holder(),
                n.nominatingParty().value(),
                c.courseTopic(),
                c.provider().value(),
                c.completedOn(),
                anonymised);
    }

    /**
     * The PDF of a completed nomination's certificate; not found for readers who may not see the trainee, and once
     * the trainee's data has been anonymised (the code stays verifiable on the public page).
     */
    @Transactional(readOnly = true)
    byte[] pdf(Optional<Actor> reader, UUID nominationId, String baseUrl) {
        NominationId id = new NominationId(nominationId);
        return store.courseOf(nominationId)
                .flatMap(store::read)
                .filter(course -> policy.traineeFor(Reader.of(reader), course, course.nomination(id))
                        .isPresent())
                .flatMap(course -> course.certificate(id))
                .map(c -> new CertificatePdf(baseUrl + VERIFY_PAGE).render(c))
                .orElseThrow(() -> new NotFoundException("certificate", nominationId.toString()));
    }
}
