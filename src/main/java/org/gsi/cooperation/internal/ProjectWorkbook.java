package org.gsi.cooperation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The project list as one Excel sheet, written as it streams (only a window of rows is held in memory). Budgets
 * and progress are numbers with two and one decimals shown; dates are kept as ISO text.
 */
final class ProjectWorkbook implements AutoCloseable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final Sheet sheet = book.createSheet("Projects");
    private final CellStyle money = book.createCellStyle();
    private final CellStyle percent = book.createCellStyle();
    private int next = 0;

    ProjectWorkbook(List<String> columns) {
        money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        CellStyle header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(ProjectSearch.ProjectRow r, String lang) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(r.id().toString());
        row.createCell(1).setCellValue(r.titleIn(lang));
        row.createCell(2).setCellValue(r.status());
        row.createCell(3).setCellValue(r.ownerParty());
        row.createCell(4).setCellValue(String.join(" ", r.participants()));
        row.createCell(5).setCellValue(String.join(" ", r.priorityAreas()));
        row.createCell(6).setCellValue(String.join(" ", r.countries()));
        if (r.budget() != null) {
            row.createCell(7).setCellValue(r.budget().doubleValue());
            row.getCell(7).setCellStyle(money);
        }
        row.createCell(8).setCellValue(r.currency() == null ? "" : r.currency());
        if (r.progress() != null) {
            row.createCell(9).setCellValue(r.progress().doubleValue());
            row.getCell(9).setCellStyle(percent);
        }
        row.createCell(10).setCellValue(r.pendingConsents());
        row.createCell(11).setCellValue(r.updatedAt().toString());
    }

    void write(OutputStream out) throws IOException {
        sheet.setColumnWidth(1, 60 * 256);
        book.write(out);
    }

    @Override
    public void close() {
        book.dispose();
        try {
            book.close();
        } catch (IOException ignored) {
            // temporary files are already removed by dispose
        }
    }
}
