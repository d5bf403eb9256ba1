package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.training.internal.Courses.ACADEMY;
import static org.gsi.training.internal.Courses.ATTRIBUTES;
import static org.gsi.training.internal.Courses.ETHIOPIA;

import java.io.IOException;
import java.security.SecureRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gsi.training.NominationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CertificateTests {

    private Course course;
    private NominationId nomination;
    private final CertificateCode issued = Courses.code();

    @BeforeEach
    void completeOneTrainee() {
        course = Courses.allocatedCourse(2);
        nomination = course.nominate(ETHIOPIA, Courses.trainee("Abebe Bikila"), Courses.DEADLINE, ATTRIBUTES);
        course.select(ACADEMY, nomination);
        course.confirmEnrolment(ETHIOPIA, nomination);
        course.recordAttendance(ACADEMY, nomination, 10);
        course.complete(ACADEMY, nomination, Courses.END, issued);
    }

    @Test
    void aCompletedNominationCarriesItsCertificateAndTheCodeReadsAsTypedByPeople() {
        Certificate certificate = course.certificate(nomination).orElseThrow();
        String typed = certificate.code().grouped().toLowerCase().replace("-", " ");

        assertThat(certificate.code()).isEqualTo(issued);
        assertThat(certificate.holder()).isEqualTo("Abebe Bikila");
        assertThat(certificate.completedOn()).isEqualTo(Courses.END);
        assertThat(CertificateCode.parse(typed)).contains(issued);
    }

    @Test
    void aMistypedCodeDoesNotParse() {
        String code = issued.value();
        char wrong = code.charAt(3) == 'A' ? 'B' : 'A';
        String mistyped = code.substring(0, 3) + wrong + code.substring(4);

        assertThat(CertificateCode.parse(mistyped)).isEmpty();
        assertThat(CertificateCode.parse("not a code")).isEmpty();
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

        assertThat(course.certificate(other)).isEmpty();
    }

    @Test
    void theCertificatePdfCarriesTheHolderAndTheVerificationCode() throws IOException {
        Certificate certificate = course.certificate(nomination).orElseThrow();

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
    void anonymisingACourseRemovesTheHolderNameButKeepsTheCode() {
        course.anonymiseAfter(java.time.Period.ofYears(2), Courses.END.plusYears(3));

        Certificate certificate = course.certificate(nomination).orElseThrow();
        assertThat(certificate.holder()).isEqualTo("(anonymised)");
        assertThat(certificate.code()).isEqualTo(issued);
    }
}
