package org.gsi.screening.internal.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An element read from a list file with its text, children and line, so fields are found in any order. */
final class XmlNode {

    final String name;
    final int line;
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The text of the element, whitespace runs collapsed to one space and trimmed. */
    String text() {
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    List<XmlNode> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    Optional<XmlNode> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    /** The trimmed text of the first child so named, empty when there is none. */
    String textOf(String child) {
        return first(child).map(XmlNode::text).orElse("");
    }

    /** The non-empty texts of {@code VALUE} children of every child so named ({@code <NATIONALITY><VALUE>}). */
    List<String> values(String child) {
        List<String> values = new ArrayList<>();
        for (XmlNode c : all(child)) {
            List<XmlNode> vs = c.all("VALUE");
            if (vs.isEmpty() && !c.text().isEmpty()) {
                values.add(c.text());
            }
            for (XmlNode v : vs) {
                if (!v.text().isEmpty()) {
                    values.add(v.text());
                }
            }
        }
        return values;
    }

    boolean isEmpty() {
        return text().isEmpty() && children.stream().allMatch(XmlNode::isEmpty);
    }
}
