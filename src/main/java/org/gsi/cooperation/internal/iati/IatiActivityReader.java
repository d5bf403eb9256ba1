package org.gsi.cooperation.internal.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.internal.CurrencyCode;
import org.gsi.cooperation.internal.Money;
import org.gsi.cooperation.internal.OrgRef;
import org.gsi.cooperation.internal.Transaction;
import org.gsi.cooperation.internal.TransactionType;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * Reads an IATI 2.03 {@code iati-activities} file as a stream, one activity at a time, handing each valid activity
 * to a consumer as soon as it is read. An activity that cannot be placed (no identifier, title or reporting
 * organisation, or a transaction that cannot be read) is reported with the line it starts on and the reason; a part
 * that cannot be read (a budget, a result, a code outside its codelist) is left out with a warning and the activity
 * kept. Reading goes on with the next activity; a file that stops being well-formed XML ends the reading there,
 * keeping every activity read before and reporting every one after it as not read.
 */
public final class IatiActivityReader {

    private final XMLInputFactory factory;

    public IatiActivityReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * Reads the file, handing each activity to {@code sink}. A file that is empty or whose root is not
     * {@code iati-activities} is refused as a whole ({@link InvalidInputException} naming {@code file}); once the
     * file stops being well-formed, every activity after that point is reported as not read, with its line.
     */
    public ImportReport read(InputStream in, Consumer<IatiActivity> sink) {
        ImportReport report = new ImportReport();
        ActivityScanner scanner = new ActivityScanner(in);
        ActivityDraft current = null;
        int finished = 0;
        XMLStreamReader xml = root(scanner);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT
                        && xml.getLocalName().equals("iati-activity")) {
                    current = startActivity(xml);
                    readActivity(xml, current);
                    deliver(current, report, sink);
                    current = null;
                    finished++;
                }
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof java.io.IOException io) {
                // the body could not be read (cut off, or over its size limit): not a fault of the file
                throw new java.io.UncheckedIOException(io);
            }
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            Message broken = Message.of("cooperation.iati.malformed", line, parserWords(e));
            if (current != null) {
                report.rejected(current.identifier(), current.line, broken);
                finished++;
            }
            scanner.drain();
            List<ActivityScanner.Start> starts = scanner.starts();
            for (int i = finished; i < starts.size(); i++) {
                ActivityScanner.Start start = starts.get(i);
                report.rejected(start.identifier(), start.line(), Message.of("cooperation.iati.notRead", broken));
            }
            report.brokenAt(broken);
        }
        return report;
    }

    /**
     * Refuses, before any import starts, a file that is empty or not IATI activities ({@link InvalidInputException}
     * naming {@code file}); reads only up to the root element.
     */
    public void requireIatiFile(InputStream in) {
        try {
            root(in).close();
        } catch (XMLStreamException e) {
            // the root was read; closing a reader over a file that is read no further cannot lose anything
        }
    }

    /** Opens the file and moves to its root element, refusing a file that is empty or not IATI activities. */
    private XMLStreamReader root(InputStream in) {
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT) {
                    if (!xml.getLocalName().equals("iati-activities")) {
                        throw new InvalidInputException(
                                "file", Message.of("cooperation.iati.notIati", xml.getLocalName()));
                    }
                    return xml;
                }
            }
            throw new InvalidInputException("file", Message.of("cooperation.iati.noElement"));
        } catch (XMLStreamException e) {
            boolean empty = e.getLocation() != null
                    && e.getLocation().getLineNumber() <= 1
                    && e.getLocation().getColumnNumber() <= 1;
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            Message reason = empty
                    ? Message.of("form.refused.fileEmpty")
                    : Message.of("cooperation.iati.notXml", line, parserWords(e));
            throw new InvalidInputException("file", reason);
        }
    }

    /** What the XML parser said, in its own words (the language of the server, not of the reader). */
    private static String parserWords(XMLStreamException e) {
        return firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int at = message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return text.strip().lines().findFirst().orElse("");
    }

    private static void deliver(ActivityDraft draft, ImportReport report, Consumer<IatiActivity> sink) {
        IatiActivity activity;
        try {
            activity = draft.build();
        } catch (UnreadablePart | IllegalArgumentException e) {
            report.rejected(draft.identifier(), draft.line, UnreadablePart.reason(e));
            return;
        }
        sink.accept(activity);
        report.accepted(activity.identifier(), draft.line);
    }

    private static ActivityDraft startActivity(XMLStreamReader xml) {
        String lang = Optional.ofNullable(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"))
                .orElse("en");
        Optional<String> currency = Optional.ofNullable(xml.getAttributeValue(null, "default-currency"));
        return new ActivityDraft(xml.getLocation().getLineNumber(), lang, currency);
    }

    /** A transaction that cannot be read keeps its activity out (money is never half-imported); any other part
     * that cannot be read is left out with a warning. */
    private void readActivity(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("transaction")) {
                guard(xml, d, () -> readActivityPart(xml, d));
            } else {
                tolerate(xml, d, () -> readActivityPart(xml, d));
            }
        }
    }

    /** One step of reading an element that may go wrong. */
    interface Part {
        void read() throws XMLStreamException;
    }

    /**
     * Runs a step and, when it fails, keeps the problem and moves past the element. A step fails either before it
     * reads anything of its element or after it read all of it, so the reader stays in step with the document.
     */
    static void guard(XMLStreamReader xml, ActivityDraft d, Part part) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String element = xml.getLocalName();
        try {
            part.read();
        } catch (RuntimeException e) {
            d.problem(Message.of("cooperation.iati.partRejected", element, line, UnreadablePart.reason(e)));
            skipToEnd(xml);
        }
    }

    /** Like {@link #guard}, but a part that fails is left out with a warning and the activity is kept. */
    static void tolerate(XMLStreamReader xml, ActivityDraft d, Part part) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String element = xml.getLocalName();
        try {
            part.read();
        } catch (RuntimeException e) {
            d.warn(Message.of("cooperation.iati.partLeftOut", element, line, UnreadablePart.reason(e)));
            skipToEnd(xml);
        }
    }

    private void readActivityPart(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "iati-identifier" -> d.identifier = xml.getElementText().strip();
            case "reporting-org" -> d.reportingOrg = readOrg(xml);
            case "title" -> d.titles.addAll(readNarratives(xml, d.language));
            case "description" -> d.descriptions.addAll(readNarratives(xml, d.language));
            case "participating-org" -> {
                ParticipantRole role =
                        ParticipantRole.fromIatiCode(IatiCodelists.ORGANISATION_ROLE.code("role", attr(xml, "role")));
                d.participants.add(new IatiParticipant(readOrg(xml), role));
            }
            case "activity-status" -> {
                d.status = Optional.of(IatiCodelists.ACTIVITY_STATUS.code("code", attr(xml, "code")));
                skipToEnd(xml);
            }
            case "activity-date" -> {
                d.dates.put(
                        IatiCodelists.ACTIVITY_DATE_TYPE.code("type", attr(xml, "type")), date(attr(xml, "iso-date")));
                skipToEnd(xml);
            }
            case "recipient-country" -> {
                d.countries.add(attr(xml, "code").toUpperCase(java.util.Locale.ROOT));
                skipToEnd(xml);
            }
            case "recipient-region" -> {
                d.regions.add(new IatiActivity.Region(vocabulary(xml), attr(xml, "code")));
                skipToEnd(xml);
            }
            case "sector" -> {
                d.sectors.add(new IatiActivity.Sector(vocabulary(xml), attr(xml, "code")));
                skipToEnd(xml);
            }
            case "budget" -> d.budgets.add(readBudget(xml, d));
            case "transaction" -> d.transactions.add(readTransaction(xml, d));
            case "result" -> d.results.add(IatiResultReader.read(xml, d));
            default -> skipToEnd(xml);
        }
    }

    private IatiBudget readBudget(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        int type = Optional.ofNullable(xml.getAttributeValue(null, "type"))
                .map(t -> IatiCodelists.BUDGET_TYPE.code("type", t))
                .orElse(IatiBudget.ORIGINAL);
        Parts parts = new Parts();
        while (nextChild(xml)) {
            tolerate(xml, d, () -> {
                switch (xml.getLocalName()) {
                    case "period-start" -> parts.start = dateAndSkip(xml);
                    case "period-end" -> parts.end = dateAndSkip(xml);
                    case "value" -> parts.value = money(xml, d);
                    default -> skipToEnd(xml);
                }
            });
        }
        if (parts.start == null || parts.end == null || parts.value == null) {
            throw new UnreadablePart(Message.of("cooperation.iati.budgetParts"));
        }
        return new IatiBudget(type, parts.start, parts.end, parts.value);
    }

    private IatiTransaction readTransaction(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        Parts parts = new Parts();
        while (nextChild(xml)) {
            guard(xml, d, () -> {
                switch (xml.getLocalName()) {
                    case "transaction-type" -> {
                        parts.type = transactionType(attr(xml, "code"));
                        skipToEnd(xml);
                    }
                    case "transaction-date" -> parts.start = dateAndSkip(xml);
                    case "value" -> parts.value = money(xml, d);
                    case "provider-org" -> parts.provider = Optional.of(readOrg(xml));
                    case "receiver-org" -> parts.receiver = Optional.of(readOrg(xml));
                    default -> skipToEnd(xml);
                }
            });
        }
        if (parts.type == null || parts.start == null || parts.value == null) {
            throw new UnreadablePart(Message.of("cooperation.iati.transactionParts"));
        }
        Transaction transaction = new Transaction(
                parts.type,
                parts.start,
                parts.value,
                parts.provider.flatMap(IatiActivityReader::orgRef),
                parts.receiver.flatMap(IatiActivityReader::orgRef),
                Optional.empty());
        return new IatiTransaction(transaction, parts.provider, parts.receiver);
    }

    /** The pieces of a budget or transaction as they are read. */
    private static final class Parts {
        TransactionType type;
        LocalDate start;
        LocalDate end;
        Money value;
        Optional<IatiOrg> provider = Optional.empty();
        Optional<IatiOrg> receiver = Optional.empty();
    }

    private static Optional<OrgRef> orgRef(IatiOrg org) {
        return org.ref().isPresent() || org.name().isPresent()
                ? Optional.of(new OrgRef(org.ref(), org.name()))
                : Optional.empty();
    }

    private static Money money(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        String currency = Optional.ofNullable(xml.getAttributeValue(null, "currency"))
                .or(() -> d.defaultCurrency)
                .orElseThrow(() -> new UnreadablePart(Message.of("cooperation.iati.noCurrency")));
        String text = xml.getElementText().strip();
        try {
            return new Money(new BigDecimal(text), CurrencyCode.of(currency));
        } catch (NumberFormatException e) {
            throw new UnreadablePart(Message.of("cooperation.iati.notDecimal", text));
        }
    }

    static IatiOrg readOrg(XMLStreamReader xml) throws XMLStreamException {
        Optional<String> ref =
                Optional.ofNullable(xml.getAttributeValue(null, "ref")).filter(s -> !s.isBlank());
        Optional<String> type = Optional.ofNullable(xml.getAttributeValue(null, "type"));
        List<IatiText> names = readNarratives(xml, "en");
        return new IatiOrg(ref, type, names.stream().map(IatiText::text).findFirst());
    }

    /** Reads the narratives of the current element up to its end. */
    static List<IatiText> readNarratives(XMLStreamReader xml, String defaultLanguage) throws XMLStreamException {
        List<IatiText> texts = new ArrayList<>();
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("narrative")) {
                String lang = Optional.ofNullable(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"))
                        .orElse(defaultLanguage);
                String text = xml.getElementText().strip();
                if (!text.isEmpty()) {
                    texts.add(new IatiText(lang, text));
                }
            } else {
                skipToEnd(xml);
            }
        }
        return texts;
    }

    /** Moves to the next child element of the current element; false when the current element ends. */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    static void skipToEnd(XMLStreamReader xml) throws XMLStreamException {
        if (xml.getEventType() != XMLStreamReader.START_ELEMENT) {
            return;
        }
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            throw new UnreadablePart(Message.of("cooperation.iati.noAttribute", name));
        }
        return value.strip();
    }

    static LocalDate dateAndSkip(XMLStreamReader xml) throws XMLStreamException {
        LocalDate date = date(attr(xml, "iso-date"));
        skipToEnd(xml);
        return date;
    }

    static LocalDate date(String isoDate) {
        try {
            return LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UnreadablePart(Message.of("cooperation.iati.notDate", isoDate));
        }
    }

    private static String vocabulary(XMLStreamReader xml) {
        return Optional.ofNullable(xml.getAttributeValue(null, "vocabulary"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElse("1");
    }

    private static TransactionType transactionType(String code) {
        try {
            return TransactionType.fromIatiCode(code);
        } catch (RuntimeException e) {
            throw new UnreadablePart(Message.of("cooperation.iati.notTransactionType", code));
        }
    }
}
