package org.zhengju.testdata.generate;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out simple A4 pages of Chinese text (headings, wrapped paragraphs, one-line table rows,
 * two-column blocks) with an embedded subset of WenQuanYi Zen Hei, and saves them with fixed
 * metadata and a fixed file identifier.
 */
final class PdfComposer implements Closeable {
  static final String FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  private static final float MARGIN = 56f;
  private static final float TOP = PDRectangle.A4.getHeight() - 64f;
  private static final float BOTTOM = 70f;
  private static final float BODY_SIZE = 10.5f;
  private static final String NO_LINE_START = "，。、；：？！）》」』”’%,.;:)";

  private final PDDocument document = new PDDocument();
  private final TrueTypeCollection collection;
  private final PDType0Font font;
  private final String runningHeader;
  private final String idSeed;
  private final List<String> shown = new ArrayList<>();
  private PDPageContentStream stream;
  private float y;
  private int pageNumber;

  /**
   * Opens a new document; {@code runningHeader} (may be empty) is printed at the top of every page.
   */
  PdfComposer(String title, String author, Calendar date, String runningHeader) throws IOException {
    this.runningHeader = runningHeader;
    this.idSeed = title;
    this.collection = new TrueTypeCollection(new File(FONT_FILE));
    TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
    if (ttf == null) {
      throw new IOException("font WenQuanYiZenHei not found in " + FONT_FILE);
    }
    this.font = PDType0Font.load(document, ttf, true);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator("zhengju-testdata CorpusGenerator");
    info.setCreationDate(date);
    info.setModificationDate(date);
    newPage();
  }

  /** A calendar for a fixed UTC date, for document metadata. */
  static Calendar utc(int year, int month, int day) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(year, month - 1, day, 9, 0, 0);
    return calendar;
  }

  /** Starts a new page (the previous one gets its footer). */
  void newPage() throws IOException {
    closePage();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    pageNumber++;
    stream = new PDPageContentStream(document, page);
    y = TOP;
    if (!runningHeader.isEmpty()) {
      show(runningHeader, MARGIN, PDRectangle.A4.getHeight() - 40f, 8f);
    }
  }

  /** A centred heading line in a larger size. */
  void heading(String text, float size) throws IOException {
    ensureRoom(size * 2);
    float width = width(text, size);
    show(text, (PDRectangle.A4.getWidth() - width) / 2, y, size);
    y -= size * 2;
  }

  /** A left-aligned line in bold-looking body size (section titles). */
  void sectionTitle(String text) throws IOException {
    ensureRoom(BODY_SIZE * 2.4f);
    y -= BODY_SIZE * 0.6f;
    show(text, MARGIN, y, BODY_SIZE + 1.5f);
    y -= BODY_SIZE * 1.9f;
  }

  /** A paragraph wrapped to the full text width, first line indented by two characters. */
  void paragraph(String text) throws IOException {
    for (String line :
        wrap("\u3000\u3000" + text, PDRectangle.A4.getWidth() - 2 * MARGIN, BODY_SIZE)) {
      ensureRoom(BODY_SIZE * 1.8f);
      show(line, MARGIN, y, BODY_SIZE);
      y -= BODY_SIZE * 1.8f;
    }
    y -= BODY_SIZE * 0.4f;
  }

  /**
   * Table rows, one line each; cell {@code i} starts at {@code columnX[i]} points from the left
   * margin.
   */
  void table(List<String[]> rows, float[] columnX) throws IOException {
    for (String[] row : rows) {
      if (row.length > columnX.length) {
        throw new IllegalArgumentException(
            "row has more cells than columns: " + String.join("|", row));
      }
      ensureRoom(BODY_SIZE * 1.9f);
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length; i++) {
        if (!row[i].isEmpty()) {
          draw(row[i], MARGIN + columnX[i], y, BODY_SIZE - 0.5f);
          cells.add(row[i].strip());
        }
      }
      shown.add(String.join(" ", cells));
      y -= BODY_SIZE * 1.9f;
    }
    y -= BODY_SIZE * 0.5f;
  }

  /**
   * Two columns of paragraphs set side by side from the current line; the left column is written to
   * the content stream first, so stream order and reading order agree while x positions interleave.
   */
  void twoColumns(List<String> left, List<String> right) throws IOException {
    float gap = 18f;
    float columnWidth = (PDRectangle.A4.getWidth() - 2 * MARGIN - gap) / 2;
    float startY = y;
    float leftEnd = column(left, MARGIN, columnWidth, startY);
    float rightEnd = column(right, MARGIN + columnWidth + gap, columnWidth, startY);
    y = Math.min(leftEnd, rightEnd) - BODY_SIZE;
  }

  private float column(List<String> paragraphs, float x, float width, float startY)
      throws IOException {
    float lineY = startY;
    for (String paragraph : paragraphs) {
      for (String line : wrap("\u3000\u3000" + paragraph, width, BODY_SIZE)) {
        if (lineY < BOTTOM) {
          throw new IllegalStateException(
              "two-column block does not fit on the page: " + paragraph);
        }
        show(line, x, lineY, BODY_SIZE);
        lineY -= BODY_SIZE * 1.8f;
      }
      lineY -= BODY_SIZE * 0.4f;
    }
    return lineY;
  }

  /** Extra vertical space. */
  void skip(float points) {
    y -= points;
  }

  /**
   * Saves the document and returns it with its known text: every string shown, one per line, in
   * content-stream order, which is reading order for everything this composer lays out (a
   * two-column block writes its left column first; a table row is one line with cells separated by
   * a space).
   */
  GeneratedPdf toGenerated() throws IOException {
    byte[] bytes = toBytes();
    return new GeneratedPdf(bytes, String.join("\n", shown) + "\n");
  }

  /** A saved PDF and its known text in reading order. */
  record GeneratedPdf(byte[] bytes, String transcript) {}

  /**
   * Saves the document with a file identifier derived from the title, so the bytes are
   * reproducible.
   */
  byte[] toBytes() throws IOException {
    closePage();
    byte[] id = md5(idSeed);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    try {
      document.close();
    } finally {
      collection.close();
    }
  }

  private void closePage() throws IOException {
    if (stream != null) {
      String footer = "— " + pageNumber + " —";
      show(footer, (PDRectangle.A4.getWidth() - width(footer, 8f)) / 2, 36f, 8f);
      stream.close();
      stream = null;
    }
  }

  private void ensureRoom(float needed) throws IOException {
    if (y - needed < BOTTOM) {
      newPage();
    }
  }

  private void show(String text, float x, float atY, float size) throws IOException {
    draw(text, x, atY, size);
    shown.add(text.strip());
  }

  private void draw(String text, float x, float atY, float size) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, atY);
    stream.showText(text);
    stream.endText();
  }

  private float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000f * size;
  }

  /**
   * Greedy wrap by width. Closing punctuation never starts a line (it may overhang slightly), and a
   * run of Latin letters and digits (such as 5,836 or 2019) is never split, as typesetters avoid
   * breaking numbers.
   */
  private List<String> wrap(String text, float maxWidth, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String unit : units(text)) {
      boolean fits = width(line + unit, size) <= maxWidth;
      if (!fits && line.length() > 0 && NO_LINE_START.indexOf(unit.codePointAt(0)) < 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(unit);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Splits text into unbreakable units: runs of [A-Za-z0-9,.%] or single code points. */
  private static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isLatinRunChar(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        end = i + Character.charCount(text.codePointAt(i));
      }
      units.add(text.substring(i, end));
      i = end;
    }
    return units;
  }

  private static boolean isLatinRunChar(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == ','
        || c == '.'
        || c == '%';
  }

  private static byte[] md5(String seed) {
    try {
      return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }
}
