package org.zhengju.testdata.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds a workbook of plain sheets (strings and numbers) with fixed package metadata. */
final class XlsxBuilder implements AutoCloseable {
  private final XSSFWorkbook workbook = new XSSFWorkbook();

  /** Adds a sheet; each cell value is a String or a Number (written as a numeric cell). */
  XlsxBuilder sheet(String name, List<List<Object>> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Cell cell = row.createCell(c);
        Object value = values.get(c);
        if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text) {
          cell.setCellValue(text);
        } else {
          throw new IllegalArgumentException("cell value must be String or Number: " + value);
        }
      }
    }
    for (int c = 0; c < rows.get(0).size(); c++) {
      sheet.setColumnWidth(c, 20 * 256);
    }
    return this;
  }

  /** Serializes with the given author and creation time (also used for every ZIP entry time). */
  byte[] build(String creator, LocalDateTime created) throws IOException {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setCreator(creator);
    core.setLastModifiedByUser(creator);
    Optional<Date> stamp = Optional.of(Date.from(created.toInstant(ZoneOffset.UTC)));
    core.setCreated(stamp);
    core.setModified(stamp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return StableZip.restamp(out.toByteArray(), created);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
