package org.zhengju.testdata.generate;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws A4 pages of Chinese text as 300-dpi images with Java2D and WenQuanYi Zen Hei, and saves
 * them as a PDF whose pages hold only those images (no text layer), as a scanner would; fixed
 * metadata and file identifier keep the bytes reproducible. Every drawn line is also kept, in
 * reading order, as the document's known text.
 */
final class ScanComposer implements Closeable {
  static final int DPI = 300;
  // Whole pixels as a renderer at the same resolution computes them (it truncates), so rendering
  // does not resample.
  private static final int WIDTH = (int) (PDRectangle.A4.getWidth() / 72f * DPI);
  private static final int HEIGHT = (int) (PDRectangle.A4.getHeight() / 72f * DPI);
  private static final int MARGIN = 300;
  private static final Color RED = new Color(0xD0, 0x10, 0x10);
  private static final String NO_LINE_START = "，。、；：？！）》」』”’%";

  /**
   * Greys and the reds of the header, each shaded towards white for anti-aliased edges: an indexed
   * image is a third of the size of an RGB one and still shows the red header.
   */
  private static final IndexColorModel PALETTE = palette();

  private final PDDocument document = new PDDocument();
  private final Font baseFont;
  private final List<String> transcript = new ArrayList<>();
  private final String idSeed;
  private BufferedImage page;
  private Graphics2D graphics;
  private int y;
  private int pageNumber;

  ScanComposer(String title, String author, Calendar date) throws IOException {
    this.idSeed = title;
    try {
      Font[] fonts = Font.createFonts(new File(PdfComposer.FONT_FILE));
      Font zenHei = null;
      for (Font font : fonts) {
        if (font.getFontName(java.util.Locale.ROOT).equals("WenQuanYi Zen Hei")) zenHei = font;
      }
      if (zenHei == null)
        throw new IOException("font WenQuanYi Zen Hei not found in " + PdfComposer.FONT_FILE);
      this.baseFont = zenHei;
    } catch (FontFormatException e) {
      throw new IOException("cannot read font " + PdfComposer.FONT_FILE, e);
    }
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator("zhengju-testdata CorpusGenerator (scanned)");
    info.setCreationDate(date);
    info.setModificationDate(date);
    newPage();
  }

  /** Starts a new page image (the previous one gets its page number and is added to the PDF). */
  void newPage() throws IOException {
    closePage();
    page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
    graphics = page.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, WIDTH, HEIGHT);
    graphics.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    pageNumber++;
    y = MARGIN;
  }

  /** A centred line in {@code points} size and {@code color}. */
  void centred(String text, float points, Color color) {
    Font font = font(points);
    int width = graphics.getFontMetrics(font).stringWidth(text);
    draw(text, (WIDTH - width) / 2, font, color);
  }

  /** The red title of a red-header document (红头文件), with the red rule under the document number. */
  void redHeader(String issuer, String documentNumber) {
    centred(issuer, 26f, RED);
    y += px(12f);
    centred(documentNumber, 16f, Color.BLACK);
    graphics.setColor(RED);
    graphics.fillRect(MARGIN, y - px(6f), WIDTH - 2 * MARGIN, px(1.5f));
    y += px(14f);
  }

  /** A left-aligned line at the margin. */
  void plain(String text) {
    draw(text, MARGIN, font(16f), Color.BLACK);
  }

  /** A right-aligned line (signature, date). */
  void right(String text) {
    Font font = font(16f);
    draw(text, WIDTH - MARGIN - graphics.getFontMetrics(font).stringWidth(text), font, Color.BLACK);
  }

  /** A paragraph wrapped to the text width, first line indented by two characters. */
  void paragraph(String text) {
    Font font = font(16f);
    for (String line : wrap("\u3000\u3000" + text, font)) draw(line, MARGIN, font, Color.BLACK);
  }

  /** Extra vertical space in points. */
  void skip(float points) {
    y += px(points);
  }

  /** The drawn lines in reading order, one per line: what a perfect OCR of the pages would give. */
  String transcript() {
    return String.join("\n", transcript) + "\n";
  }

  /** Saves the pages as an image-only PDF with a file identifier derived from the title. */
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
    document.close();
  }

  private void closePage() throws IOException {
    if (page == null) return;
    String number = "— " + pageNumber + " —";
    Font font = font(12f);
    // The page number sits in the bottom margin, below the body's limit.
    graphics.setFont(font);
    graphics.setColor(Color.BLACK);
    graphics.drawString(
        number, (WIDTH - graphics.getFontMetrics(font).stringWidth(number)) / 2, HEIGHT - px(50f));
    transcript.add(number);
    graphics.dispose();
    PDPage pdfPage = new PDPage(PDRectangle.A4);
    document.addPage(pdfPage);
    PDImageXObject image = LosslessFactory.createFromImage(document, page);
    try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
      stream.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }
    page = null;
  }

  private void draw(String text, int x, Font font, Color color) {
    int ascent = graphics.getFontMetrics(font).getAscent();
    if (y + ascent > HEIGHT - MARGIN) {
      throw new IllegalStateException(
          "page " + pageNumber + " is full; start a new page before: " + text);
    }
    graphics.setFont(font);
    graphics.setColor(color);
    graphics.drawString(text, x, y + ascent);
    y += Math.round(font.getSize2D() * 1.75f);
    transcript.add(text.strip());
  }

  private List<String> wrap(String text, Font font) {
    int maxWidth = WIDTH - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      // A run of digits is one unit: typesetters do not break numbers across lines.
      int end = i;
      while (end < text.length() && Character.isDigit(text.charAt(end)) && text.charAt(end) < 0x80)
        end++;
      if (end == i) end = i + Character.charCount(text.codePointAt(i));
      String unit = text.substring(i, end);
      i = end;
      boolean fits = graphics.getFontMetrics(font).stringWidth(line + unit) <= maxWidth;
      if (!fits && line.length() > 0 && NO_LINE_START.indexOf(unit.codePointAt(0)) < 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(unit);
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  private Font font(float points) {
    return baseFont.deriveFont((float) px(points));
  }

  private static IndexColorModel palette() {
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 0; i < 128; i++) {
      int grey = i * 255 / 127;
      r[i] = (byte) grey;
      g[i] = (byte) grey;
      b[i] = (byte) grey;
      r[128 + i] = (byte) (RED.getRed() + (255 - RED.getRed()) * i / 127);
      g[128 + i] = (byte) (RED.getGreen() + (255 - RED.getGreen()) * i / 127);
      b[128 + i] = (byte) (RED.getBlue() + (255 - RED.getBlue()) * i / 127);
    }
    return new IndexColorModel(8, 256, r, g, b);
  }

  private static int px(float points) {
    return Math.round(points / 72f * DPI);
  }

  private static byte[] md5(String seed) {
    try {
      return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }
}
