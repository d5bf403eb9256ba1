package org.gsi.cooperation.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IatiRoundTripTests {

    @ParameterizedTest
    @CsvSource({
        "activity-standard-example-annotated.xml, 1, 1",
        "example_203_file.xml, 13, 72",
        "example_activity_203_purchase_of_equity.xml, 2, 6",
        "ocha_foodsecurity_dportal.xml, 7, 63"
    })
    void samplesSurviveImportExportAndValidateAgainstTheSchema(String sample, int activities, int transactions)
            throws Exception {
        List<IatiActivity> imported = read(sample);
        assertThat(imported).hasSize(activities);
        assertThat(imported.stream().mapToInt(a -> a.transactions().size()).sum())
                .isEqualTo(transactions);

        byte[] exported = write(imported);
        validate(exported);
        List<IatiActivity> reimported = read(new ByteArrayInputStream(exported));

        assertThat(reimported)
                .extracting(IatiActivity::identifier)
                .containsExactlyElementsOf(
                        imported.stream().map(IatiActivity::identifier).toList());
        assertThat(reimported)
                .extracting(IatiActivity::titles)
                .containsExactlyElementsOf(
                        imported.stream().map(IatiActivity::titles).toList());
        assertThat(sums(reimported)).isEqualTo(sums(imported)).isNotEmpty();
    }

    static List<IatiActivity> read(String sample) {
        return read(IatiRoundTripTests.class.getResourceAsStream("/cooperation/samples/" + sample));
    }

    static List<IatiActivity> read(InputStream in) {
        List<IatiActivity> activities = new ArrayList<>();
        ImportReport report = new IatiActivityReader().read(in, activities::add);
        assertThat(report.rejectedEntries()).isEmpty();
        return activities;
    }

    static byte[] write(List<IatiActivity> activities) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IatiActivityWriter().write(activities, out, Instant.parse("2025-01-01T00:00:00Z"));
        return out.toByteArray();
    }

    static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(
                IatiRoundTripTests.class.getResource("/cooperation/schema/iati-activities-schema.xsd"));
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Sum per transaction type and currency, compared exactly. */
    private static Map<String, BigDecimal> sums(List<IatiActivity> activities) {
        return activities.stream()
                .flatMap(a -> a.transactions().stream())
                .map(IatiTransaction::transaction)
                .collect(Collectors.groupingBy(
                        t -> t.type() + " " + t.value().currency().value(),
                        Collectors.reducing(BigDecimal.ZERO, t -> t.value().amount(), BigDecimal::add)));
    }
}
