package org.zhengju.extract.tika;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds the small test documents in a temporary directory, so no binary fixture is checked in. */
final class Fixtures {

  static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  /** The creation date written into every generated PDF: 2019-03-01T08:30:00Z. */
  static final java.util.Calendar PDF_CREATED =
      java.util.GregorianCalendar.from(java.time.ZonedDateTime.parse("2019-03-01T08:30:00Z"));

  private Fixtures() {}

  /** Skips the test, loudly, when the CJK font package (fonts-wqy-zenhei) is missing. */
  static void assumeCjkFont() {
    assumeTrue(
        Files.isReadable(CJK_FONT),
        "SKIPPED: CJK font "
            + CJK_FONT
            + " is missing; install Debian package fonts-wqy-zenhei to run"
            + " the Chinese PDF tests");
  }

  /** One line of text drawn at a position of a page. */
  record Line(float x, float y, String text) {}

  /** A page of one line of prose, top left. */
  static final List<Line> SINGLE_LINE_PAGE = List.of(new Line(72, 750, "第一页正文内容如下"));

  /** A PDF whose page i holds the lines of {@code pages.get(i)}, in the CJK font. */
  static Path pdf(Path file, List<List<Line>> pages) throws IOException {
    assumeCjkFont();
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile())) {
      List<TrueTypeFont> fonts = new ArrayList<>();
      collection.processAllFonts(fonts::add);
      PDFont font = PDType0Font.load(document, fonts.get(0), true);
      for (List<Line> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (Line line : lines) {
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(line.x(), line.y());
            content.showText(line.text());
            content.endText();
          }
        }
      }
      document.getDocumentInformation().setTitle("测试标题");
      document.getDocumentInformation().setAuthor("新疆维吾尔自治区人力资源和社会保障厅");
      document.getDocumentInformation().setCreationDate(PDF_CREATED);
      document.save(file.toFile());
    }
    return file;
  }

  /** A PDF with one paragraph per page, each drawn top left. */
  static Path simplePdf(Path file, String... pageTexts) throws IOException {
    List<List<Line>> pages = new ArrayList<>();
    for (String text : pageTexts)
      pages.add(text.isEmpty() ? List.of() : List.of(new Line(72, 750, text)));
    return pdf(file, pages);
  }

  /** A PDF protected with a user password, so it cannot be opened without one. */
  static Path encryptedPdf(Path file, String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    return file;
  }

  /** A one-page PDF showing {@code image} and no text. */
  static Path imageOnlyPdf(Path file, BufferedImage image) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(xobject, 50, 400, image.getWidth(), image.getHeight());
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A white image with large black Latin text that any OCR engine would read. */
  static BufferedImage imageWithText(String text) {
    BufferedImage image = new BufferedImage(500, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
    g.drawString(text, 20, 80);
    g.dispose();
    return image;
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /**
   * Zip bytes with the given entries in order; names are written in {@code nameCharset}, UTF-8 flag
   * off.
   */
  static byte[] zip(Map<String, byte[]> entries, Charset nameCharset) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.setEncoding(nameCharset.name());
      zip.setUseLanguageEncodingFlag(false);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Zip bytes with UTF-8 entry names. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    return zip(entries, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** An insertion-ordered map, for listing zip entries. */
  static Map<String, byte[]> entries(Object... nameBytePairs) {
    Map<String, byte[]> map = new LinkedHashMap<>();
    for (int i = 0; i < nameBytePairs.length; i += 2)
      map.put((String) nameBytePairs[i], (byte[]) nameBytePairs[i + 1]);
    return map;
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }

  /** SHA-256 computed independently of the code under test. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
