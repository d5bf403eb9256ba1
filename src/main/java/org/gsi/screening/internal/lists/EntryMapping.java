package org.gsi.screening.internal.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.Message;

/** One {@code INDIVIDUAL} or {@code ENTITY} element turned into a {@link ListEntry}, or the reason it cannot be. */
final class EntryMapping {

    private final XmlNode node;
    private final EntryType type;
    private final List<ParsedList.Problem> warnings;
    private ParsedList.Problem refusal;

    EntryMapping(XmlNode node, EntryType type, List<ParsedList.Problem> warnings) {
        this.node = node;
        this.type = type;
        this.warnings = warnings;
    }

    ParsedList.Problem refusal() {
        return refusal;
    }

    Optional<ListEntry> entry() {
        String dataId = node.textOf("DATAID");
        String reference = node.textOf("REFERENCE_NUMBER");
        if (reference.isEmpty() && !dataId.isEmpty()) {
            reference = "DATAID-" + dataId;
            warn(reference, "no-reference", Message.of("screening.row.noReference", dataId));
        }
        List<String> parts = new ArrayList<>();
        for (String p : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = node.textOf(p);
            if (!v.isEmpty() && !v.equalsIgnoreCase("na")) {
                parts.add(v);
            }
        }
        if (reference.isEmpty()) {
            return refuse(
                    "",
                    "no-key",
                    parts.isEmpty()
                            ? Message.of("screening.row.noKey")
                            : Message.of("screening.row.noKeyNamed", String.join(" ", parts)));
        }
        List<ListEntry.Alias> aliases = aliases(reference);
        String script = node.textOf("NAME_ORIGINAL_SCRIPT");
        if (parts.isEmpty()) {
            if (aliases.stream().noneMatch(a -> !a.name().isBlank()) && script.isEmpty()) {
                return refuse(reference, "no-name", Message.of("screening.row.noName", reference));
            }
            String fallback = aliases.stream()
                    .map(ListEntry.Alias::name)
                    .filter(n -> !n.isBlank())
                    .findFirst()
                    .orElse(script);
            parts.add(fallback);
            warn(reference, "name-from-alias", Message.of("screening.row.nameFromAlias", reference, fallback));
        }
        String listedOn = node.textOf("LISTED_ON");
        checkDate(reference, "LISTED_ON", listedOn);
        return Optional.of(new ListEntry(
                reference,
                type,
                dataId,
                node.textOf("VERSIONNUM"),
                parts,
                script,
                aliases,
                node.values("TITLE"),
                node.values("DESIGNATION"),
                nationalities(),
                birthDates(reference),
                places("INDIVIDUAL_PLACE_OF_BIRTH"),
                documents(),
                places(type == EntryType.PERSON ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"),
                node.textOf("UN_LIST_TYPE"),
                node.values("LIST_TYPE"),
                listedOn,
                node.values("LAST_DAY_UPDATED"),
                node.all("COMMENTS1").stream()
                        .map(XmlNode::text)
                        .filter(s -> !s.isEmpty())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""),
                node.textOf("GENDER"),
                other(),
                node.line));
    }

    private List<String> nationalities() {
        List<String> values = new ArrayList<>(node.values("NATIONALITY"));
        node.all("NATIONALITY2").stream()
                .map(XmlNode::text)
                .filter(s -> !s.isEmpty())
                .forEach(values::add);
        return values;
    }

    private List<ListEntry.Alias> aliases(String reference) {
        List<ListEntry.Alias> aliases = new ArrayList<>();
        for (String element : List.of("INDIVIDUAL_ALIAS", "ENTITY_ALIAS")) {
            for (XmlNode a : node.all(element)) {
                String name = a.textOf("ALIAS_NAME");
                String quality = a.textOf("QUALITY");
                if (name.isEmpty()) {
                    continue;
                }
                aliases.add(new ListEntry.Alias(name, quality, a.textOf("NOTE")));
            }
        }
        return aliases;
    }

    private List<ListEntry.BirthDate> birthDates(String reference) {
        List<ListEntry.BirthDate> dates = new ArrayList<>();
        for (XmlNode d : node.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            if (d.isEmpty()) {
                continue;
            }
            String date = d.textOf("DATE");
            checkDate(reference, "DATE", date);
            dates.add(new ListEntry.BirthDate(
                    d.textOf("TYPE_OF_DATE"),
                    date,
                    year(reference, d.textOf("YEAR")),
                    year(reference, d.textOf("FROM_YEAR")),
                    year(reference, d.textOf("TO_YEAR")),
                    d.textOf("NOTE")));
        }
        for (XmlNode d : node.all("DATE_OF_BIRTH")) {
            if (!d.text().isEmpty()) {
                dates.add(new ListEntry.BirthDate("", d.text(), null, null, null, ""));
            }
        }
        return dates;
    }

    private List<ListEntry.Place> places(String element) {
        List<ListEntry.Place> places = new ArrayList<>();
        for (XmlNode p : node.all(element)) {
            ListEntry.Place place = new ListEntry.Place(
                    p.textOf("STREET"),
                    p.textOf("CITY"),
                    p.textOf("STATE_PROVINCE"),
                    p.textOf("ZIP_CODE"),
                    p.textOf("COUNTRY"),
                    p.textOf("NOTE"));
            if (!place.describe().isEmpty()) {
                places.add(place);
            }
        }
        if (element.equals("INDIVIDUAL_PLACE_OF_BIRTH")) {
            String city = node.textOf("CITY_OF_BIRTH");
            String country = node.textOf("COUNTRY_OF_BIRTH");
            if (!city.isEmpty() || !country.isEmpty()) {
                places.add(new ListEntry.Place("", city, "", "", country, ""));
            }
        }
        return places;
    }

    private List<ListEntry.IdDocument> documents() {
        List<ListEntry.IdDocument> docs = new ArrayList<>();
        for (XmlNode d : node.all("INDIVIDUAL_DOCUMENT")) {
            if (d.isEmpty()) {
                continue;
            }
            docs.add(new ListEntry.IdDocument(
                    d.textOf("TYPE_OF_DOCUMENT"),
                    d.textOf("TYPE_OF_DOCUMENT2"),
                    d.textOf("NUMBER"),
                    d.textOf("ISSUING_COUNTRY"),
                    d.textOf("DATE_OF_ISSUE"),
                    d.textOf("CITY_OF_ISSUE"),
                    d.textOf("COUNTRY_OF_ISSUE"),
                    d.textOf("NOTE")));
        }
        return docs;
    }

    /** Elements the reader does not map, kept with their text (non-empty ones only). */
    private Map<String, List<String>> other() {
        Map<String, List<String>> other = new LinkedHashMap<>();
        for (XmlNode c : node.children) {
            if (UnListReader.known(c.name) || c.name.equals("NATIONALITY2") || c.name.endsWith("_OF_BIRTH")) {
                continue;
            }
            String text = flatten(c);
            if (!text.isEmpty()) {
                other.computeIfAbsent(c.name, k -> new ArrayList<>()).add(text);
            }
        }
        return other;
    }

    private static String flatten(XmlNode n) {
        StringBuilder b = new StringBuilder(n.text());
        for (XmlNode c : n.children) {
            String t = flatten(c);
            if (!t.isEmpty()) {
                b.append(b.isEmpty() ? "" : "; ").append(c.name).append(": ").append(t);
            }
        }
        return b.toString();
    }

    private Integer year(String reference, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int y = Integer.parseInt(value);
            if (y >= 1000 && y <= 2999) {
                return y;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        warn(reference, "bad-year", Message.of("screening.row.badYear", value, reference));
        return null;
    }

    private void checkDate(String reference, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            warn(reference, "bad-date", Message.of("screening.row.badDate", field, value, reference));
        }
    }

    private void warn(String reference, String code, Message detail) {
        warnings.add(new ParsedList.Problem(node.line, reference, code, detail));
    }

    private Optional<ListEntry> refuse(String reference, String code, Message detail) {
        refusal = new ParsedList.Problem(node.line, reference, code, detail);
        return Optional.empty();
    }
}
