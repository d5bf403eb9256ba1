package org.gsi.training.internal;

import java.util.Optional;
import java.util.UUID;
import org.gsi.commitments.PartyCode;
import org.gsi.platform.Actor;
import org.gsi.platform.NotFoundException;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.internal.TrainingViews.CertificateCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Verifies certificate codes for everyone and renders certificates for those who may see the trainee. */
@Component
class Certificates {

    static final String VERIFY_PAGE = "/training/certificates";

    private final CourseStore store;

    Certificates(CourseStore store) {
        this.store = store;
    }

    /** What a typed code proves: valid with the holder and course, or not valid (malformed or unknown). */
    @Transactional(readOnly = true)
    CertificateCheck verify(String typed) {
        Optional<CertificateCode> code = CertificateCode.parse(typed == null ? "" : typed);
        return code.flatMap(c -> store.nominationByCode(c.grouped()))
                .flatMap(n -> store.find(n.course())
                        .map(course -> new CertificateCheck(
                                n.certificateCode(),
                                true,
                                n.anonymised() ? null : n.name(),
                                n.party(),
                                course.topic(),
                                course.provider(),
                                n.completedOn(),
                                n.anonymised())))
                .orElseGet(() -> new CertificateCheck(typed, false, null, null, null, null, null, false));
    }

    /**
     * The PDF of a completed nomination's certificate; not found for readers who may not see the trainee, and once
     * the trainee's data has been anonymised (the code stays verifiable on the public page).
     */
    @Transactional(readOnly = true)
    byte[] pdf(Optional<Actor> reader, UUID nominationId, String baseUrl) {
        NominationRow n = store.nomination(nominationId)
                .filter(x -> x.certificateCode() != null && !x.anonymised())
                .orElseThrow(() -> new NotFoundException("certificate", nominationId.toString()));
        CourseRow course = store.find(n.course()).orElseThrow();
        if (!TraineeAccess.maySeePersonalData(reader.orElse(null), course, n)) {
            throw new NotFoundException("certificate", nominationId.toString());
        }
        Certificate certificate = new Certificate(
                CertificateCode.parse(n.certificateCode()).orElseThrow(),
                new CourseId(course.id()),
                new NominationId(n.id()),
                n.name(),
                course.topic(),
                PartyCode.of(course.provider()),
                course.start(),
                course.end(),
                n.completedOn());
        return new CertificatePdf(baseUrl + VERIFY_PAGE).render(certificate);
    }
}
