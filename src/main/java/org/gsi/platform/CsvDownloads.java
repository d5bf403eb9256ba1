package org.gsi.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A CSV download as a response: for a reader who names a language ({@code ?lang=}, as every export link of the pages
 * does), a UTF-8 byte order mark, so spreadsheet programs read Arabic and Chinese, and the column headings in that
 * language ({@code export.column.<name>}, which every column must have); for a program asking without one, the stable column names. Written by
 * {@link CsvExport} either way.
 */
@Component
public class CsvDownloads {

    private final MessageSource messages;

    CsvDownloads(MessageSource messages) {
        this.messages = messages;
    }

    public CsvExport open(HttpServletResponse response, String filename, String language, List<String> columns)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (language == null || language.isBlank()) {
            return CsvExport.to(out, columns.toArray(String[]::new));
        }
        Locale locale = Locale.forLanguageTag(language.strip());
        return CsvExport.forReaders(
                out,
                columns.stream()
                        .map(c -> messages.getMessage("export.column." + c, null, locale))
                        .toArray(String[]::new));
    }
}
