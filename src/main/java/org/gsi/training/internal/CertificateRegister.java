package org.gsi.training.internal;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.training.NominationStateException;

/** Issues certificates for completed nominations and verifies codes typed on the public page. */
final class CertificateRegister {

    private final SecureRandom random;
    private final Map<CertificateCode, Certificate> byCode = new HashMap<>();

    CertificateRegister(SecureRandom random) {
        this.random = random;
    }

    Certificate issue(Course course, Nomination nomination) {
        if (nomination.status() != NominationStatus.COMPLETED) {
            throw new NominationStateException("Certificates are issued for completed courses only");
        }
        CertificateCode code = CertificateCode.generate(random);
        while (byCode.containsKey(code)) {
            code = CertificateCode.generate(random);
        }
        CourseDetails details = course.details();
        Certificate certificate = new Certificate(
                code,
                course.id(),
                nomination.id(),
                nomination.trainee().name(),
                details.topic(),
                details.provider(),
                details.start(),
                details.end(),
                nomination.completedOn().orElseThrow());
        byCode.put(code, certificate);
        return certificate;
    }

    /** The certificate the typed code belongs to; empty for a malformed or unknown code. */
    Optional<Certificate> verify(String typed) {
        return CertificateCode.parse(typed).map(byCode::get);
    }

    /** Replaces the holder's name once the trainee's data has been anonymised. */
    void anonymise(Course course) {
        byCode.replaceAll((code, c) -> c.course().equals(course.id())
                ? new Certificate(
                        code,
                        c.course(),
                        c.nomination(),
                        Trainee.ANONYMISED,
                        c.courseTopic(),
                        c.provider(),
                        c.courseStart(),
                        c.courseEnd(),
                        c.completedOn())
                : c);
    }
}
