package org.gsi.screening.internal.lists;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gsi.platform.Message;

/**
 * Reads the UN Security Council Consolidated List in its own XML format ({@code CONSOLIDATED_LIST} →
 * {@code INDIVIDUALS/INDIVIDUAL}, {@code ENTITIES/ENTITY}) without validating it against a schema: real files
 * deviate from every published XSD (element order, empty elements, extra elements). Each entry is read as a small
 * tree, so its fields may come in any order; an element the reader does not know is kept under
 * {@link ListEntry#other()}. An entry without a name, or without any key (neither {@code REFERENCE_NUMBER} nor
 * {@code DATAID}), or whose reference appeared earlier in the file, is rejected with its line and reason; a value
 * that does not have the expected form is kept as written with a warning. A file that is not well-formed XML, or
 * not a consolidated list, is refused whole ({@link MalformedListException}).
 *
 * <p>The same reader reads national lists written in this format.
 */
public final class UnListReader {

    private static final Set<String> KNOWN = Set.of(
            "DATAID",
            "VERSIONNUM",
            "FIRST_NAME",
            "SECOND_NAME",
            "THIRD_NAME",
            "FOURTH_NAME",
            "UN_LIST_TYPE",
            "REFERENCE_NUMBER",
            "LISTED_ON",
            "NAME_ORIGINAL_SCRIPT",
            "COMMENTS1",
            "TITLE",
            "DESIGNATION",
            "NATIONALITY",
            "LIST_TYPE",
            "LAST_DAY_UPDATED",
            "INDIVIDUAL_ALIAS",
            "ENTITY_ALIAS",
            "INDIVIDUAL_ADDRESS",
            "ENTITY_ADDRESS",
            "INDIVIDUAL_DATE_OF_BIRTH",
            "INDIVIDUAL_PLACE_OF_BIRTH",
            "INDIVIDUAL_DOCUMENT",
            "GENDER",
            "SORT_KEY",
            "SORT_KEY_LAST_MOD");

    private static final int MAX_DEPTH = 64;

    public ParsedList read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return read(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new MalformedListException(
                    line, Message.of("screening.refused.notXml", line, cleanMessage(e.getMessage())));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open but the reader itself
                }
            }
        }
    }

    private ParsedList read(XMLStreamReader xml) throws XMLStreamException {
        String generated = "";
        boolean root = true;
        List<ListEntry> entries = new ArrayList<>();
        List<ParsedList.Problem> rejected = new ArrayList<>();
        List<ParsedList.Problem> warnings = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root) {
                if (!name.equals("CONSOLIDATED_LIST")) {
                    throw new MalformedListException(
                            xml.getLocation().getLineNumber(), Message.of("screening.refused.notList", name));
                }
                String g = xml.getAttributeValue(null, "dateGenerated");
                generated = g == null ? "" : g.trim();
                root = false;
            } else if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                XmlNode node = subtree(xml);
                EntryType type = name.equals("INDIVIDUAL") ? EntryType.PERSON : EntryType.ORGANISATION;
                EntryMapping mapping = new EntryMapping(node, type, warnings);
                mapping.entry()
                        .ifPresentOrElse(
                                entry -> {
                                    Integer first = seen.putIfAbsent(entry.reference(), entry.line());
                                    if (first != null) {
                                        rejected.add(new ParsedList.Problem(
                                                entry.line(),
                                                entry.reference(),
                                                "duplicate-reference",
                                                Message.of("screening.row.duplicateAt", entry.reference(), first)));
                                    } else {
                                        entries.add(entry);
                                    }
                                },
                                () -> rejected.add(mapping.refusal()));
            }
        }
        if (root) {
            throw new MalformedListException(0, Message.of("screening.refused.noElement"));
        }
        return new ParsedList(generated, entries, rejected, warnings);
    }

    /** Reads the element the reader stands on, with everything in it, and leaves the reader on its end tag. */
    private static XmlNode subtree(XMLStreamReader xml) throws XMLStreamException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode top = new XmlNode(xml.getLocalName(), xml.getLocation().getLineNumber());
        open.push(top);
        while (!open.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() > MAX_DEPTH) {
                        throw new MalformedListException(
                                xml.getLocation().getLineNumber(), Message.of("screening.refused.tooDeep"));
                    }
                    XmlNode child =
                            new XmlNode(xml.getLocalName(), xml.getLocation().getLineNumber());
                    open.peek().children.add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    open.peek().text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // comments and processing instructions carry nothing of the entry
                }
            }
        }
        return top;
    }

    static boolean known(String element) {
        return KNOWN.contains(element);
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        int i = message.indexOf("Message: ");
        return (i >= 0 ? message.substring(i + "Message: ".length()) : message).trim();
    }
}
