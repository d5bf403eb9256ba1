package org.gsi.cooperation.internal.iati;

import static org.gsi.cooperation.internal.iati.IatiActivityReader.attr;
import static org.gsi.cooperation.internal.iati.IatiActivityReader.dateAndSkip;
import static org.gsi.cooperation.internal.iati.IatiActivityReader.nextChild;
import static org.gsi.cooperation.internal.iati.IatiActivityReader.readNarratives;
import static org.gsi.cooperation.internal.iati.IatiActivityReader.skipToEnd;
import static org.gsi.cooperation.internal.iati.IatiActivityReader.tolerate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gsi.platform.Message;

/** Reads a {@code result} element with its indicators, baselines and periods. */
final class IatiResultReader {

    private IatiResultReader() {}

    static IatiResult read(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        String type = String.valueOf(IatiCodelists.RESULT_TYPE.code("type", attr(xml, "type")));
        List<IatiText> title = new ArrayList<>();
        List<IatiResult.Indicator> indicators = new ArrayList<>();
        while (nextChild(xml)) {
            tolerate(xml, d, () -> {
                switch (xml.getLocalName()) {
                    case "title" -> title.addAll(readNarratives(xml, d.language));
                    case "indicator" -> indicators.add(readIndicator(xml, d));
                    default -> skipToEnd(xml);
                }
            });
        }
        return new IatiResult(type, title, indicators);
    }

    private static IatiResult.Indicator readIndicator(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        String measure = String.valueOf(IatiCodelists.INDICATOR_MEASURE.code("measure", attr(xml, "measure")));
        Optional<Boolean> ascending = Optional.ofNullable(xml.getAttributeValue(null, "ascending"))
                .map(v -> v.equals("1") || v.equals("true"));
        List<IatiText> title = new ArrayList<>();
        List<IatiResult.Baseline> baselines = new ArrayList<>();
        List<IatiResult.Period> periods = new ArrayList<>();
        while (nextChild(xml)) {
            tolerate(xml, d, () -> {
                switch (xml.getLocalName()) {
                    case "title" -> title.addAll(readNarratives(xml, d.language));
                    case "baseline" -> {
                        baselines.add(new IatiResult.Baseline(
                                year(attr(xml, "year")), Optional.ofNullable(xml.getAttributeValue(null, "value"))));
                        skipToEnd(xml);
                    }
                    case "period" -> periods.add(readPeriod(xml, d));
                    default -> skipToEnd(xml);
                }
            });
        }
        return new IatiResult.Indicator(
                measure, ascending, title, baselines.stream().findFirst(), periods);
    }

    private static IatiResult.Period readPeriod(XMLStreamReader xml, ActivityDraft d) throws XMLStreamException {
        LocalDate[] range = new LocalDate[2];
        List<String> targets = new ArrayList<>();
        List<String> actuals = new ArrayList<>();
        while (nextChild(xml)) {
            tolerate(xml, d, () -> {
                switch (xml.getLocalName()) {
                    case "period-start" -> range[0] = dateAndSkip(xml);
                    case "period-end" -> range[1] = dateAndSkip(xml);
                    case "target" -> valueInto(xml, targets);
                    case "actual" -> valueInto(xml, actuals);
                    default -> skipToEnd(xml);
                }
            });
        }
        if (range[0] == null || range[1] == null) {
            throw new UnreadablePart(Message.of("cooperation.iati.periodParts"));
        }
        return new IatiResult.Period(
                range[0],
                range[1],
                targets.stream().findFirst(),
                actuals.stream().findFirst());
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UnreadablePart(Message.of("cooperation.iati.notYear", text));
        }
    }

    private static void valueInto(XMLStreamReader xml, List<String> into) throws XMLStreamException {
        Optional.ofNullable(xml.getAttributeValue(null, "value")).ifPresent(into::add);
        skipToEnd(xml);
    }
}
