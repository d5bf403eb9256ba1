package org.gsi.cooperation.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.internal.TransactionType;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.junit.jupiter.api.Test;

class IatiActivityReaderTests {

    static final String HEAD = "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n";

    @Test
    void readsTitlesWithLanguagesParticipantsAndTransactions() {
        List<IatiActivity> read = new ArrayList<>();
        new IatiActivityReader()
                .read(
                        stream(HEAD + activity("XM-1", "USD", "<value>1500.25</value>") + "</iati-activities>"),
                        read::add);

        IatiActivity a = read.get(0);
        assertThat(a.identifier()).isEqualTo("XM-1");
        assertThat(a.titles()).containsExactly(new IatiText("en", "Border training"), new IatiText("fr", "Formation"));
        assertThat(a.participants()).extracting(IatiParticipant::role).containsExactly(ParticipantRole.IMPLEMENTING);
        assertThat(a.transactions()).singleElement().satisfies(t -> {
            assertThat(t.transaction().type()).isEqualTo(TransactionType.DISBURSEMENT);
            assertThat(t.transaction().value().amount()).isEqualByComparingTo("1500.25");
            assertThat(t.receiver().flatMap(IatiOrg::name)).contains("Ministry");
        });
    }

    @Test
    void aBadActivityIsReportedWithLineAndReasonAndTheOthersAreKept() {
        String xml = HEAD
                + activity("XM-1", "USD", "<value>10</value>")
                + activity("XM-2", "USD", "<value>ten</value>")
                + activity("XM-3", "QQQ", "<value>5</value>")
                + activity("XM-4", "EUR", "<value>7</value>")
                + "</iati-activities>";
        List<IatiActivity> read = new ArrayList<>();

        ImportReport report = new IatiActivityReader().read(stream(xml), read::add);

        assertThat(read).extracting(IatiActivity::identifier).containsExactly("XM-1", "XM-4");
        assertThat(report.acceptedCount()).isEqualTo(2);
        assertThat(report.rejectedEntries()).hasSize(2);
        ImportReport.Entry second = report.rejectedEntries().get(0);
        assertThat(second.identifier()).contains("XM-2");
        assertThat(second.line()).isEqualTo(lineOf(xml, "XM-2") - 1);
        assertThat(second.reason().map(Message::english))
                .hasValueSatisfying(r -> assertThat(r).contains("'ten' is not a decimal"));
        assertThat(report.rejectedEntries().get(1).reason().map(Message::english))
                .hasValueSatisfying(r -> assertThat(r).contains("currency"));
    }

    @Test
    void aNegativeAmountWhereNotAllowedRejectsTheActivity() {
        String xml = HEAD + activity("XM-9", "USD", "<value>-3</value>").replace("code=\"3\"", "code=\"1\"")
                + "</iati-activities>";

        ImportReport report = new IatiActivityReader().read(stream(xml), a -> {});

        assertThat(report.rejectedEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.reason().map(Message::english))
                        .hasValueSatisfying(r -> assertThat(r).contains("incoming funds cannot be negative")));
    }

    @Test
    void aMissingIdentifierIsReported() {
        String xml = HEAD + activity("", "USD", "<value>1</value>") + "</iati-activities>";

        ImportReport report = new IatiActivityReader().read(stream(xml), a -> {});

        assertThat(report.rejectedEntries()).singleElement().satisfies(e -> {
            assertThat(e.identifier()).isEmpty();
            assertThat(e.reason().map(Message::english)).contains("iati-identifier is missing");
        });
    }

    @Test
    void aFileThatBreaksOffKeepsWhatWasReadBefore() {
        String xml = HEAD + activity("XM-1", "USD", "<value>1</value>") + "<iati-activity><iati-identifier>XM-2<";
        List<IatiActivity> read = new ArrayList<>();

        ImportReport report = new IatiActivityReader().read(stream(xml), read::add);

        assertThat(read).extracting(IatiActivity::identifier).containsExactly("XM-1");
        assertThat(report.rejectedEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.reason().map(Message::english))
                        .hasValueSatisfying(r -> assertThat(r).contains("not well-formed")));
    }

    @Test
    void aFileThatIsNotIatiOrEmptyIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new IatiActivityReader()
                        .read(stream("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>"), a -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("file")
                .hasMessageContaining("<rss>");
        assertThatThrownBy(() -> new IatiActivityReader().read(stream(""), a -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void everyActivityAfterAMalformedPointIsReportedAsNotRead() {
        String xml = HEAD
                + activity("XM-1", "USD", "<value>1</value>")
                + activity("XM-2", "USD", "<value>1</value>").replace("<activity-status", "<activity-status x=\"<\"")
                + activity("XM-3", "USD", "<value>1</value>")
                + activity("XM-4", "USD", "<value>1</value>")
                + "</iati-activities>";

        ImportReport report = new IatiActivityReader().read(stream(xml), a -> {});

        assertThat(report.read()).isEqualTo(4);
        assertThat(report.rejectedEntries())
                .extracting(e -> e.identifier().orElse("?"))
                .containsExactly("XM-2", "XM-3", "XM-4");
        assertThat(report.rejectedEntries().get(2).line()).isEqualTo(lineOf(xml, "XM-4") - 1);
        assertThat(report.broken()).isPresent();
    }

    @Test
    void aRoleOutsideItsCodelistIsLeftOutWithAWarningNamingTheCodelist() {
        String xml = HEAD + activity("XM-1", "USD", "<value>1</value>").replace("role=\"4\"", "role=\"Funding\"")
                + "</iati-activities>";
        List<IatiActivity> read = new ArrayList<>();

        new IatiActivityReader().read(stream(xml), read::add);

        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.participants()).isEmpty();
            assertThat(a.warnings())
                    .singleElement()
                    .satisfies(w ->
                            assertThat(w.english()).contains("OrganisationRole").contains("1 Funding"));
        });
    }

    @Test
    void aRevisedBudgetReplacesTheOriginalOfTheSamePeriod() {
        String budgets = "<budget type=\"1\"><period-start iso-date=\"2025-01-01\"/><period-end"
                + " iso-date=\"2025-12-31\"/><value>100</value></budget>"
                + "<budget type=\"2\"><period-start iso-date=\"2025-01-01\"/><period-end"
                + " iso-date=\"2025-12-31\"/><value>150</value></budget>"
                + "<budget><period-start iso-date=\"2026-01-01\"/><period-end"
                + " iso-date=\"2026-12-31\"/><value>70</value></budget>";
        String xml =
                HEAD + activity("XM-1", "USD", "<value>1</value>").replace("<transaction>", budgets + "<transaction>")
                        + "</iati-activities>";
        List<IatiActivity> read = new ArrayList<>();

        new IatiActivityReader().read(stream(xml), read::add);

        assertThat(read.get(0).budgets()).hasSize(3);
        assertThat(read.get(0).effectiveBudgets())
                .extracting(b -> b.value().amount().intValue())
                .containsExactly(150, 70);
    }

    static String activity(String id, String currency, String value) {
        return "<iati-activity default-currency=\"" + currency + "\">\n"
                + "<iati-identifier>" + id + "</iati-identifier>\n"
                + "<reporting-org ref=\"XM-GSI\" type=\"40\"><narrative>GSI</narrative></reporting-org>\n"
                + "<title><narrative>Border training</narrative>"
                + "<narrative xml:lang=\"fr\">Formation</narrative></title>\n"
                + "<participating-org ref=\"KAZ\" role=\"4\"/>\n"
                + "<activity-status code=\"2\"/>\n"
                + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2024-05-01\"/>"
                + value + "<receiver-org><narrative>Ministry</narrative></receiver-org></transaction>\n"
                + "</iati-activity>\n";
    }

    static int lineOf(String xml, String text) {
        String before = xml.substring(0, xml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
