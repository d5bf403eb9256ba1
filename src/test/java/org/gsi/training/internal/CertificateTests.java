package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.training.internal.Courses.ACADEMY;
import static org.gsi.training.internal.Courses.ATTRIBUTES;
import static org.gsi.training.internal.Courses.ETHIOPIA;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gsi.training.CountryDemand;
import org.gsi.training.NominationId;
import org.gsi.training.NominationStateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CertificateTests {

    private final CertificateRegister register = new CertificateRegister(new SecureRandom());
    private Course course;
    private NominationId nomination;

    @BeforeEach
    void completeOneTrainee() {
        course = Courses.counterTerrorismCourse(2);
        course.allocate(List.of(new CountryDemand(ETHIOPIA, 2, true)), 2, ATTRIBUTES);
        nomination = course.nominate(ETHIOPIA, Courses.trainee("Abebe Bikila"), Courses.DEADLINE, ATTRIBUTES);
        course.select(ACADEMY, nomination);
        course.confirmEnrolment(ETHIOPIA, nomination);
        course.recordAttendance(ACADEMY, nomination, 10);
        course.complete(ACADEMY, nomination, Courses.END);
    }

    @Test
    void anIssuedCodeVerifiesAsTypedByPeople() {
        Certificate certificate = register.issue(course, course.nomination(nomination));
        String typed = certificate.code().grouped().toLowerCase().replace("-", " ");

        assertThat(register.verify(typed)).contains(certificate);
        assertThat(register.verify(certificate.code().value()))
                .map(Certificate::holder)
                .contains("Abebe Bikila");
    }

    @Test
    void aMistypedOrUnknownCodeDoesNotVerify() {
        Certificate certificate = register.issue(course, course.nomination(nomination));
        String code = certificate.code().value();
        char wrong = code.charAt(3) == 'A' ? 'B' : 'A';
        String mistyped = code.substring(0, 3) + wrong + code.substring(4);
        String unknown = CertificateCode.generate(new SecureRandom()).value();

        assertThat(register.verify(mistyped)).isEmpty();
        assertThat(register.verify(unknown)).isEmpty();
        assertThat(register.verify("not a code")).isEmpty();
    }

    @Test
    void codesAreRandomAndCarryAValidCheckSymbol() {
        SecureRandom random = new SecureRandom();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            CertificateCode code = CertificateCode.generate(random);
            assertThat(CertificateCode.parse(code.grouped())).contains(code);
            codes.add(code.value());
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void onlyACompletedCourseEarnsACertificate() {
        NominationId other =
                course.nominate(ETHIOPIA, Courses.trainee("Tirunesh Dibaba"), Courses.DEADLINE, ATTRIBUTES);

        assertThatThrownBy(() -> register.issue(course, course.nomination(other)))
                .isInstanceOf(NominationStateException.class);
    }

    @Test
    void theCertificatePdfCarriesTheHolderAndTheVerificationCode() throws IOException {
        Certificate certificate = register.issue(course, course.nomination(nomination));

        byte[] pdf = new CertificatePdf("https://gsi.example.org/certificates").render(certificate);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains(
                            "Abebe Bikila",
                            "Counter-terrorism investigation techniques",
                            certificate.code().grouped(),
                            "https://gsi.example.org/certificates");
        }
    }

    @Test
    void anonymisingACourseRemovesTheHolderNameButTheCodeStillVerifies() {
        Certificate certificate = register.issue(course, course.nomination(nomination));

        register.anonymise(course);

        assertThat(register.verify(certificate.code().value()))
                .map(Certificate::holder)
                .contains("(anonymised)");
    }
}
