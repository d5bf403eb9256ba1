package org.gsi.screening.internal.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One designated person or organisation as the list says it, every field kept as written (trimmed): name parts,
 * aliases with their quality, the name in its original script, dates and places of birth in all their forms,
 * nationalities, documents, addresses, designations and titles, the regime ({@code UN_LIST_TYPE}), the reference
 * number that keys the entry across versions, the date it was listed on, comments, and whatever other element the
 * file carried ({@link #other}).
 *
 * @param line the line of the file where the entry starts (not part of its content)
 */
public record ListEntry(
        String reference,
        EntryType type,
        String dataId,
        String versionNum,
        List<String> nameParts,
        String originalScriptName,
        List<Alias> aliases,
        List<String> titles,
        List<String> designations,
        List<String> nationalities,
        List<BirthDate> birthDates,
        List<Place> birthPlaces,
        List<IdDocument> documents,
        List<Place> addresses,
        String regime,
        List<String> listTypes,
        String listedOn,
        List<String> updatedOn,
        String comments,
        String gender,
        Map<String, List<String>> other,
        int line) {

    public ListEntry {
        nameParts = List.copyOf(nameParts);
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        designations = List.copyOf(designations);
        nationalities = List.copyOf(nationalities);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        documents = List.copyOf(documents);
        addresses = List.copyOf(addresses);
        listTypes = List.copyOf(listTypes);
        updatedOn = List.copyOf(updatedOn);
        other = Map.copyOf(other);
        originalScriptName = originalScriptName == null ? "" : originalScriptName;
        regime = regime == null ? "" : regime;
        listedOn = listedOn == null ? "" : listedOn;
        comments = comments == null ? "" : comments;
        gender = gender == null ? "" : gender;
        dataId = dataId == null ? "" : dataId;
        versionNum = versionNum == null ? "" : versionNum;
    }

    /** The name as the list writes it: its parts joined by spaces. */
    public String name() {
        return String.join(" ", nameParts);
    }

    /**
     * Every name to screen against: the name, each alias (an alias listing several names separated by semicolons
     * gives each of them), and the name in its original script.
     */
    public List<NameOfEntry> names() {
        List<NameOfEntry> names = new ArrayList<>();
        names.add(new NameOfEntry(name(), NameOfEntry.Kind.PRIMARY, ""));
        for (Alias a : aliases) {
            for (String part : a.name().split(";")) {
                if (!part.isBlank()) {
                    names.add(new NameOfEntry(part.trim(), NameOfEntry.Kind.ALIAS, a.quality()));
                }
            }
        }
        if (!originalScriptName.isBlank()) {
            names.add(new NameOfEntry(originalScriptName, NameOfEntry.Kind.ORIGINAL_SCRIPT, ""));
        }
        return names;
    }

    /** The same entry read from another line (the line is where it was found, not what it says). */
    public ListEntry atLine(int newLine) {
        return new ListEntry(
                reference,
                type,
                dataId,
                versionNum,
                nameParts,
                originalScriptName,
                aliases,
                titles,
                designations,
                nationalities,
                birthDates,
                birthPlaces,
                documents,
                addresses,
                regime,
                listTypes,
                listedOn,
                updatedOn,
                comments,
                gender,
                other,
                newLine);
    }

    /** An alias: {@code quality} as the list writes it (Good, Low, a.k.a., f.k.a.). */
    public record Alias(String name, String quality, String note) {}

    /** One name of an entry and what kind of name it is. */
    public record NameOfEntry(String name, Kind kind, String quality) {
        public enum Kind {
            PRIMARY,
            ALIAS,
            ORIGINAL_SCRIPT
        }
    }

    /**
     * A date of birth in one of the list's forms: {@code EXACT} with a full date or a year, {@code APPROXIMATELY}
     * with a year, {@code BETWEEN} two years; {@code typeOfDate} as written, the note (e.g. a Hijri date) kept.
     */
    public record BirthDate(
            String typeOfDate, String date, Integer year, Integer fromYear, Integer toYear, String note) {

        /** The earliest year this date allows, if it names any. */
        public java.util.Optional<Integer> earliestYear() {
            if (fromYear != null) {
                return java.util.Optional.of(fromYear);
            }
            if (year != null) {
                return java.util.Optional.of(year);
            }
            return yearOf(date);
        }

        /** The latest year this date allows, if it names any. */
        public java.util.Optional<Integer> latestYear() {
            if (toYear != null) {
                return java.util.Optional.of(toYear);
            }
            if (year != null) {
                return java.util.Optional.of(year);
            }
            return yearOf(date);
        }

        public boolean approximate() {
            return "APPROXIMATELY".equalsIgnoreCase(typeOfDate) || "BETWEEN".equalsIgnoreCase(typeOfDate);
        }

        private static java.util.Optional<Integer> yearOf(String date) {
            if (date != null
                    && date.length() >= 4
                    && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
                return java.util.Optional.of(Integer.parseInt(date.substring(0, 4)));
            }
            return java.util.Optional.empty();
        }

        /** The date in words of the list: "1973-09-30", "1974", "approximately 1955", "1955-1958". */
        public String describe() {
            String base;
            if (fromYear != null || toYear != null) {
                base = (fromYear == null ? "?" : fromYear) + "–" + (toYear == null ? "?" : toYear);
            } else if (date != null && !date.isBlank()) {
                base = date;
            } else if (year != null) {
                base = String.valueOf(year);
            } else {
                base = note == null ? "" : note;
            }
            return "APPROXIMATELY".equalsIgnoreCase(typeOfDate) ? "≈ " + base : base;
        }
    }

    /** An address or a place of birth, each part as written. */
    public record Place(String street, String city, String stateProvince, String zipCode, String country, String note) {

        public String describe() {
            return java.util.stream.Stream.of(street, city, stateProvince, zipCode, country, note)
                    .filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    /** An identity document: passport, national identification number and the like. */
    public record IdDocument(
            String type,
            String type2,
            String number,
            String issuingCountry,
            String dateOfIssue,
            String cityOfIssue,
            String countryOfIssue,
            String note) {}
}
