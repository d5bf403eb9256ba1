package org.gsi.cooperation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The IATI Currency codelist shipped in {@code cooperation/Currency.xml}; withdrawn codes are not active. */
final class CurrencyCodelist {

    private static final String RESOURCE = "/cooperation/Currency.xml";
    private static final CurrencyCodelist INSTANCE = load();

    private final Set<String> active;

    private CurrencyCodelist(Set<String> active) {
        this.active = Set.copyOf(active);
    }

    static CurrencyCodelist instance() {
        return INSTANCE;
    }

    boolean isActive(String code) {
        return active.contains(code);
    }

    int size() {
        return active.size();
    }

    private static CurrencyCodelist load() {
        try (InputStream in = CurrencyCodelist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CurrencyCodelist(readActiveCodes(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("unreadable " + RESOURCE, e);
        }
    }

    private static Set<String> readActiveCodes(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        Set<String> codes = new HashSet<>();
        boolean withdrawn = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("codelist-item")) {
                withdrawn = "withdrawn".equals(xml.getAttributeValue(null, "status"));
            } else if (xml.getLocalName().equals("code") && !withdrawn) {
                codes.add(xml.getElementText().strip());
            }
        }
        xml.close();
        return codes;
    }
}
