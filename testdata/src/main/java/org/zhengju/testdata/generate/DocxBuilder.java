package org.zhengju.testdata.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds a Word document in the layout of a Chinese government notice, with fixed package metadata.
 */
final class DocxBuilder implements AutoCloseable {
  private final XWPFDocument document = new XWPFDocument();

  /** The centred red-letter title line(s) in 小标宋 style. */
  DocxBuilder title(String text) {
    XWPFRun run = paragraph(ParagraphAlignment.CENTER).createRun();
    run.setFontFamily("方正小标宋简体");
    run.setFontSize(22);
    run.setText(text);
    return this;
  }

  /** A centred line such as the document number. */
  DocxBuilder centred(String text) {
    body(paragraph(ParagraphAlignment.CENTER), text);
    return this;
  }

  /** A flush-left line such as the addressee (主送机关) or 附件 label. */
  DocxBuilder plain(String text) {
    body(paragraph(ParagraphAlignment.LEFT), text);
    return this;
  }

  /** A body paragraph with the customary two-character first-line indent. */
  DocxBuilder paragraph(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(640);
    body(p, text);
    return this;
  }

  /** A right-aligned line (issuing body, date). */
  DocxBuilder right(String text) {
    body(paragraph(ParagraphAlignment.RIGHT), text);
    return this;
  }

  /** A simple table; the first row is the header. */
  DocxBuilder table(List<String[]> rows) {
    XWPFTable table = document.createTable(rows.size(), rows.get(0).length);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < rows.get(r).length; c++) {
        row.getCell(c).setText(rows.get(r)[c]);
      }
    }
    return this;
  }

  /** Serializes with the given author and creation time (also used for every ZIP entry time). */
  byte[] build(String creator, LocalDateTime created) throws IOException {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    core.setCreator(creator);
    core.setLastModifiedByUser(creator);
    Optional<Date> stamp = Optional.of(Date.from(created.toInstant(ZoneOffset.UTC)));
    core.setCreated(stamp);
    core.setModified(stamp);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return StableZip.restamp(out.toByteArray(), created);
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = document.createParagraph();
    p.setAlignment(alignment);
    return p;
  }

  private static void body(XWPFParagraph p, String text) {
    XWPFRun run = p.createRun();
    run.setFontFamily("仿宋_GB2312");
    run.setFontSize(16);
    run.setText(text);
  }
}
