package org.gsi.cooperation.internal.iati;

import static org.gsi.cooperation.internal.iati.IatiActivityWriter.empty;
import static org.gsi.cooperation.internal.iati.IatiActivityWriter.texts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@code result} element with its indicators, baselines and periods. */
final class IatiResultWriter {

    private IatiResultWriter() {}

    static void write(XMLStreamWriter xml, IatiResult result, String lang) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", result.type());
        texts(xml, "title", result.title(), lang);
        for (IatiResult.Indicator indicator : result.indicators()) {
            indicator(xml, indicator, lang);
        }
        xml.writeEndElement();
    }

    private static void indicator(XMLStreamWriter xml, IatiResult.Indicator indicator, String lang)
            throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", indicator.measure());
        if (indicator.ascending().isPresent()) {
            xml.writeAttribute("ascending", indicator.ascending().get() ? "1" : "0");
        }
        texts(xml, "title", indicator.title(), lang);
        if (indicator.baseline().isPresent()) {
            IatiResult.Baseline baseline = indicator.baseline().get();
            xml.writeEmptyElement("baseline");
            xml.writeAttribute("year", String.valueOf(baseline.year()));
            if (baseline.value().isPresent()) {
                xml.writeAttribute("value", baseline.value().get());
            }
        }
        for (IatiResult.Period period : indicator.periods()) {
            xml.writeStartElement("period");
            empty(xml, "period-start", "iso-date", period.start().toString());
            empty(xml, "period-end", "iso-date", period.end().toString());
            if (period.target().isPresent()) {
                empty(xml, "target", "value", period.target().get());
            }
            if (period.actual().isPresent()) {
                empty(xml, "actual", "value", period.actual().get());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
