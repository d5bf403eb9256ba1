package org.gsi.platform;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is stored and shown under: its own name without any path, without control or
 * formatting characters (such as U+202E, which turns {@code invoice‮fdp.exe} into what reads as a PDF), without
 * quotes, at most 200 characters, never empty. Used wherever an upload's name is kept.
 */
public final class FileNames {

    // Cc: control characters; Cf: formatting (bidi overrides and isolates, zero-width joiners, BOM); Zl, Zp: separators
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]");

    private FileNames() {}

    public static String clean(String filename, String fallback) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = HIDDEN.matcher(name.substring(name.lastIndexOf('/') + 1))
                .replaceAll("")
                .strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? fallback : name;
    }
}
