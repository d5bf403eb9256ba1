package org.gsi.cooperation.internal.iati;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gsi.cooperation.internal.Money;
import org.gsi.cooperation.internal.Transaction;

/**
 * Writes activities as an IATI 2.03 {@code iati-activities} document, elements in the order the schema requires.
 * An activity without a description repeats its title as the general description, which the schema requires.
 */
public final class IatiActivityWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public void write(Collection<IatiActivity> activities, OutputStream out, Instant generatedAt)
            throws XMLStreamException {
        Document document = open(out, generatedAt);
        for (IatiActivity activity : activities) {
            document.add(activity);
        }
        document.close();
    }

    /** Starts a document on {@code out}; its activities are written one by one as they are added. */
    public Document open(OutputStream out, Instant generatedAt) throws XMLStreamException {
        XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute(
                "generated-datetime",
                generatedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return new Document(xml);
    }

    /** An {@code iati-activities} document being written. */
    public final class Document {

        private final XMLStreamWriter xml;

        private Document(XMLStreamWriter xml) {
            this.xml = xml;
        }

        public void add(IatiActivity activity) throws XMLStreamException {
            writeActivity(xml, activity);
        }

        /** Ends the document and flushes it. */
        public void close() throws XMLStreamException {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        }
    }

    private void writeActivity(XMLStreamWriter xml, IatiActivity a) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", a.defaultLanguage());
        if (a.defaultCurrency().isPresent()) {
            xml.writeAttribute("default-currency", a.defaultCurrency().get());
        }
        simple(xml, "iati-identifier", a.identifier());
        org(xml, "reporting-org", a.reportingOrg(), a.defaultLanguage(), true);
        texts(xml, "title", a.titles(), a.defaultLanguage());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narratives(xml, a.descriptions().isEmpty() ? a.titles() : a.descriptions(), a.defaultLanguage());
        xml.writeEndElement();
        for (IatiParticipant p : a.participants()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", String.valueOf(p.role().iatiCode()));
            orgBody(xml, p.org(), a.defaultLanguage(), false);
        }
        empty(xml, "activity-status", "code", String.valueOf(a.status().orElse(1)));
        for (var date : a.dates().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .toList()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", String.valueOf(date.getKey()));
            xml.writeAttribute("iso-date", date.getValue().toString());
        }
        for (String country : a.countries()) {
            empty(xml, "recipient-country", "code", country);
        }
        for (IatiActivity.Region region : a.regions()) {
            xml.writeEmptyElement("recipient-region");
            xml.writeAttribute("code", region.code());
            xml.writeAttribute("vocabulary", region.vocabulary());
        }
        for (IatiActivity.Sector sector : a.sectors()) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", sector.vocabulary());
            xml.writeAttribute("code", sector.code());
        }
        for (IatiBudget budget : a.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", String.valueOf(budget.type()));
            empty(xml, "period-start", "iso-date", budget.periodStart().toString());
            empty(xml, "period-end", "iso-date", budget.periodEnd().toString());
            value(xml, budget.value(), budget.periodStart());
            xml.writeEndElement();
        }
        for (IatiTransaction t : a.transactions()) {
            transaction(xml, t, a.defaultLanguage());
        }
        for (IatiResult result : a.results()) {
            IatiResultWriter.write(xml, result, a.defaultLanguage());
        }
        xml.writeEndElement();
    }

    private void transaction(XMLStreamWriter xml, IatiTransaction t, String lang) throws XMLStreamException {
        Transaction tx = t.transaction();
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", "code", String.valueOf(tx.type().iatiCode()));
        empty(xml, "transaction-date", "iso-date", tx.date().toString());
        value(xml, tx.value(), tx.date());
        if (t.provider().isPresent()) {
            org(xml, "provider-org", t.provider().get(), lang, false);
        }
        if (t.receiver().isPresent()) {
            org(xml, "receiver-org", t.receiver().get(), lang, false);
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, Money money, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", money.currency().value());
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(money.amount().toPlainString());
        xml.writeEndElement();
    }

    private static void org(XMLStreamWriter xml, String element, IatiOrg org, String lang, boolean reporting)
            throws XMLStreamException {
        xml.writeStartElement(element);
        orgBody(xml, org, lang, reporting);
    }

    /** Writes attributes and name of an organisation element already started, and ends it. */
    private static void orgBody(XMLStreamWriter xml, IatiOrg org, String lang, boolean reporting)
            throws XMLStreamException {
        if (org.ref().isPresent()) {
            xml.writeAttribute("ref", org.ref().get());
        }
        if (org.type().isPresent() || reporting) {
            xml.writeAttribute("type", org.type().orElse("90"));
        }
        Optional<String> name = org.name().or(() -> reporting ? org.ref() : Optional.empty());
        narratives(xml, name.map(n -> List.of(new IatiText(lang, n))).orElse(List.of()), lang);
        xml.writeEndElement();
    }

    static void texts(XMLStreamWriter xml, String element, List<IatiText> texts, String lang)
            throws XMLStreamException {
        xml.writeStartElement(element);
        narratives(xml, texts, lang);
        xml.writeEndElement();
    }

    static void narratives(XMLStreamWriter xml, List<IatiText> texts, String lang) throws XMLStreamException {
        for (IatiText text : texts) {
            xml.writeStartElement("narrative");
            if (!text.lang().equals(lang)) {
                xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", text.lang());
            }
            xml.writeCharacters(text.text());
            xml.writeEndElement();
        }
    }

    static void simple(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }
}
