package org.gsi.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

class UnListReaderTests {

    static final String SAMPLE = "/screening/demo/un_sc_consolidated_2018_sample.xml";

    static ParsedList sample() throws Exception {
        try (InputStream in = UnListReaderTests.class.getResourceAsStream(SAMPLE)) {
            return new UnListReader().read(in);
        }
    }

    static ParsedList read(String xml) {
        return new UnListReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static ListEntry entry(ParsedList list, String reference) {
        return list.entries().stream()
                .filter(e -> e.reference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyEntryOfTheRealSampleIsRead() throws Exception {
        ParsedList list = sample();
        assertThat(list.rejected()).isEmpty();
        assertThat(list.entries()).hasSize(137);
        assertThat(list.entries().stream().filter(e -> e.type() == EntryType.PERSON))
                .hasSize(88);
        assertThat(list.generatedOn()).isEqualTo("2018-10-29T19:09:49.856-04:00");
    }

    @Test
    void anEntryTheSchemaRefusesForTheOrderOfItsElementsIsStillRead() throws Exception {
        String xml = """
                <CONSOLIDATED_LIST dateGenerated="2024-01-01"><INDIVIDUALS><INDIVIDUAL>
                <REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER><FIRST_NAME>ABU</FIRST_NAME><DATAID>9</DATAID>
                <VERSIONNUM>1</VERSIONNUM><SECOND_NAME>EXAMPLE</SECOND_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
                <LISTED_ON>2020-01-01</LISTED_ON></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>""";
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/screening/un_sc-sanctions.xsd"))
                .newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {}

            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                errors.add(e.getMessage());
            }
        });
        validator.validate(new StreamSource(new java.io.StringReader(xml)));
        assertThat(errors).as("the published schema refuses this order").isNotEmpty();

        assertThat(read(xml).entries()).singleElement().satisfies(e -> {
            assertThat(e.reference()).isEqualTo("QDi.999");
            assertThat(e.name()).isEqualTo("ABU EXAMPLE");
        });
    }

    @Test
    void anEntryKeepsEveryFieldTheListGives() throws Exception {
        ListEntry iyad = entry(sample(), "QDi.400");
        assertThat(iyad.nameParts()).containsExactly("IYAD", "NAZMI", "SALIH", "KHALIL");
        assertThat(iyad.originalScriptName()).isEqualTo("إياد نظمي صالح خليل");
        assertThat(iyad.regime()).isEqualTo("Al-Qaida");
        assertThat(iyad.listedOn()).isEqualTo("2017-02-22");
        assertThat(iyad.nationalities()).containsExactly("Jordan");
        assertThat(iyad.aliases())
                .extracting(ListEntry.Alias::name, ListEntry.Alias::quality)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Eyad Nazmi Saleh Khalil", "Good"),
                        org.assertj.core.groups.Tuple.tuple("Abu al-Darda'", "Low"));
        assertThat(iyad.birthDates()).singleElement().satisfies(d -> {
            assertThat(d.typeOfDate()).isEqualTo("EXACT");
            assertThat(d.year()).isEqualTo(1974);
        });
        assertThat(iyad.birthPlaces())
                .singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("Syrian Arab Republic"));
        assertThat(iyad.documents()).hasSize(2).first().satisfies(d -> {
            assertThat(d.type()).isEqualTo("Passport");
            assertThat(d.number()).isEqualTo("Jordan 654781");
            assertThat(d.note()).isEqualTo("approximately issued in 2009");
        });
        assertThat(iyad.addresses())
                .singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("Coastal area of. Location as of April 2016"));
        assertThat(iyad.comments()).startsWith("Leader of Al-Nusrah Front");
    }

    @Test
    void datesOfBirthAreReadInEveryFormTheListUses() throws Exception {
        List<ListEntry.BirthDate> all = sample().entries().stream()
                .flatMap(e -> e.birthDates().stream())
                .toList();
        assertThat(all).anySatisfy(d -> assertThat(d.date()).isEqualTo("1973-09-30"));
        assertThat(all).anySatisfy(d -> {
            assertThat(d.typeOfDate()).isEqualTo("BETWEEN");
            assertThat(d.fromYear()).isEqualTo(1955);
            assertThat(d.toYear()).isEqualTo(1958);
        });
        assertThat(all).anySatisfy(d -> assertThat(d.typeOfDate()).isEqualTo("APPROXIMATELY"));
        assertThat(all).anySatisfy(d -> assertThat(d.note()).contains("Hijri"));
    }

    @Test
    void entriesThatCannotBeReadAreReportedWithLineAndReasonAndTheOthersKept() {
        ParsedList list = read("""
                <CONSOLIDATED_LIST dateGenerated="2024-01-01">
                <INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ONE</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>
                  <LISTED_ON>1 Jan 2020</LISTED_ON><FAVOURITE_COLOUR>blue</FAVOURITE_COLOUR></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>NO KEY</FIRST_NAME></INDIVIDUAL>
                <INDIVIDUAL><DATAID>3</DATAID><REFERENCE_NUMBER>X.3</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>4</DATAID><FIRST_NAME>AGAIN</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>5</DATAID><FIRST_NAME>BY DATAID</FIRST_NAME></INDIVIDUAL>
                </INDIVIDUALS>
                </CONSOLIDATED_LIST>""");
        assertThat(list.entries()).extracting(ListEntry::reference).containsExactly("X.1", "DATAID-5");
        assertThat(list.rejected())
                .extracting(ParsedList.Problem::line, ParsedList.Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "no-key"),
                        org.assertj.core.groups.Tuple.tuple(6, "no-name"),
                        org.assertj.core.groups.Tuple.tuple(7, "duplicate-reference"));
        assertThat(list.warnings())
                .extracting(ParsedList.Problem::code)
                .containsExactlyInAnyOrder("bad-date", "no-reference");
        ListEntry one = list.entries().get(0);
        assertThat(one.listedOn()).as("kept as written").isEqualTo("1 Jan 2020");
        assertThat(one.other()).containsEntry("FAVOURITE_COLOUR", List.of("blue"));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWholeWithItsLine() {
        assertThatThrownBy(() -> read("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL></INDIVIDUALS>"))
                .isInstanceOf(MalformedListException.class)
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(((MalformedListException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> read("<iati-activities/>"))
                .isInstanceOf(MalformedListException.class)
                .hasMessageContaining("not a consolidated list");
    }

    @Test
    void anAliasListingSeveralNamesGivesEachOfThemAsAName() {
        ParsedList list = read("""
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ABDUR REHMAN</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</REFERENCE_NUMBER><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY>
                <ALIAS_NAME>Abdul Rehman; Abd Ur-Rehman</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS>
                </CONSOLIDATED_LIST>""");
        assertThat(list.entries().get(0).names())
                .extracting(ListEntry.NameOfEntry::name)
                .containsExactly("ABDUR REHMAN", "Abdul Rehman", "Abd Ur-Rehman");
    }
}
