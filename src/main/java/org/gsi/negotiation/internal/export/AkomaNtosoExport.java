package org.gsi.negotiation.internal.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.RenderedParagraph;

/**
 * A negotiated text as an Akoma Ntoso 3.0 document ({@code doc name="statement"}): preambular paragraphs in the
 * preamble, operative paragraphs (with their sub-paragraphs) in the main body, reservations in the conclusions.
 * In a compilation, bracketed text is marked {@code <span class="bracket">} with the proposers in
 * {@code <span class="proposers">}.
 */
public final class AkomaNtosoExport {

    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private AkomaNtosoExport() {}

    public static void write(RenderedText text, String id, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("akomaNtoso");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("doc");
            x.writeAttribute("name", "statement");
            meta(x, id);
            x.writeStartElement("preface");
            x.writeStartElement("p");
            x.writeStartElement("docTitle");
            x.writeCharacters(text.title());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            if (!text.preamble().isEmpty()) {
                x.writeStartElement("preamble");
                for (RenderedParagraph p : text.preamble()) {
                    x.writeStartElement("p");
                    x.writeAttribute("eId", "preamble__" + p.number().label().toLowerCase());
                    segments(x, p);
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeStartElement("mainBody");
            operative(x, text.operative());
            x.writeEndElement();
            if (!text.reservations().isEmpty()) {
                x.writeStartElement("conclusions");
                for (RenderedText.Reservation r : text.reservations()) {
                    x.writeStartElement("p");
                    x.writeAttribute("class", "reservation");
                    x.writeCharacters(r.party() + " on " + r.paragraph().label() + ": " + r.text());
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Akoma Ntoso document", e);
        }
    }

    private static void meta(XMLStreamWriter x, String id) throws XMLStreamException {
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        String work = "/akn/un/doc/statement/" + date + "/" + id;
        x.writeStartElement("meta");
        x.writeStartElement("identification");
        x.writeAttribute("source", "#gsi");
        frbr(x, "FRBRWork", work, date, false);
        frbr(x, "FRBRExpression", work + "/eng@", date, true);
        frbr(x, "FRBRManifestation", work + "/eng@/main.xml", date, false);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void frbr(XMLStreamWriter x, String element, String uri, String date, boolean language)
            throws XMLStreamException {
        x.writeStartElement(element);
        empty(x, "FRBRthis", "value", uri + (element.equals("FRBRWork") ? "/main" : ""));
        empty(x, "FRBRuri", "value", uri);
        x.writeEmptyElement("FRBRdate");
        x.writeAttribute("date", date);
        x.writeAttribute("name", "generation");
        empty(x, "FRBRauthor", "href", "#gsi");
        if (element.equals("FRBRWork")) {
            empty(x, "FRBRcountry", "value", "un");
        }
        if (language) {
            empty(x, "FRBRlanguage", "language", "eng");
        }
        x.writeEndElement();
    }

    private static void empty(XMLStreamWriter x, String element, String attribute, String value)
            throws XMLStreamException {
        x.writeEmptyElement(element);
        x.writeAttribute(attribute, value);
    }

    private static void operative(XMLStreamWriter x, List<RenderedParagraph> paragraphs) throws XMLStreamException {
        for (int i = 0; i < paragraphs.size(); i++) {
            RenderedParagraph p = paragraphs.get(i);
            if (p.level() > 0) {
                continue;
            }
            List<RenderedParagraph> subs = paragraphs.subList(i + 1, paragraphs.size()).stream()
                    .takeWhile(s -> s.level() > 0)
                    .toList();
            String eId = "para_" + p.number().number();
            x.writeStartElement("paragraph");
            x.writeAttribute("eId", eId);
            num(x, p.number().number() + ".");
            x.writeStartElement(subs.isEmpty() ? "content" : "intro");
            x.writeStartElement("p");
            segments(x, p);
            x.writeEndElement();
            x.writeEndElement();
            for (RenderedParagraph s : subs) {
                x.writeStartElement("subparagraph");
                x.writeAttribute("eId", eId + "__subpara_" + s.number().sub());
                num(x, "(" + s.number().sub() + ")");
                x.writeStartElement("content");
                x.writeStartElement("p");
                segments(x, s);
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
        }
    }

    private static void num(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeStartElement("num");
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void segments(XMLStreamWriter x, RenderedParagraph p) throws XMLStreamException {
        for (Attribution.Run run : Attribution.runs(p.segments())) {
            if (run.style() == Attribution.Style.PLAIN) {
                x.writeCharacters(run.text());
            } else {
                x.writeStartElement("span");
                x.writeAttribute("class", run.style() == Attribution.Style.BRACKET ? "bracket" : "proposers");
                x.writeCharacters(run.text());
                x.writeEndElement();
            }
        }
    }
}
