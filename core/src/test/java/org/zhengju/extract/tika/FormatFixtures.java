package org.zhengju.extract.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/**
 * Builds the office, mail, archive and web-capture test documents of the format tests, in memory.
 */
final class FormatFixtures {

  static final Charset GBK = Charset.forName("GBK");

  private FormatFixtures() {}

  /**
   * Fills sheet 转移就业 (a header and a data row) and sheet 培训 (one row), the same for XLS and XLSX.
   */
  static void fillTransferSheets(Workbook workbook) {
    Sheet first = workbook.createSheet("转移就业");
    Row header = first.createRow(0);
    header.createCell(0).setCellValue("县市");
    header.createCell(1).setCellValue("人数");
    header.createCell(2).setCellValue("去向");
    Row data = first.createRow(1);
    data.createCell(0).setCellValue("疏附县");
    data.createCell(1).setCellValue(300);
    data.createCell(2).setCellValue("江苏");
    Sheet second = workbook.createSheet("培训");
    Row row = second.createRow(0);
    row.createCell(0).setCellValue("国语培训");
    row.createCell(1).setCellValue("三个月");
  }

  /** An XLS workbook: sheet 转移就业 with a header and a data row, sheet 培训 with one row. */
  static byte[] xls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fillTransferSheets(workbook);
      workbook.getSummaryInformation();
      workbook.createInformationProperties();
      workbook.getSummaryInformation().setTitle("转移就业统计");
      workbook.getSummaryInformation().setAuthor("喀什地区人社局");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A PPT slide show with one text box per slide. */
  static byte[] ppt(String... slideTexts) throws IOException {
    try (HSLFSlideShow show = new HSLFSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : slideTexts) {
        HSLFSlide slide = show.createSlide();
        HSLFTextBox box = slide.createTextBox();
        box.setText(text);
        box.setAnchor(new java.awt.Rectangle(50, 50, 500, 100));
      }
      show.write(out);
      return out.toByteArray();
    }
  }

  /** A PPTX slide show with one text box per slide. */
  static byte[] pptx(String... slideTexts) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : slideTexts) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setText(text);
        box.setAnchor(new java.awt.Rectangle(50, 50, 500, 100));
      }
      show.write(out);
      return out.toByteArray();
    }
  }

  /**
   * An RTF document with one paragraph per argument, non-ASCII characters written as {@code \\uN?}.
   */
  static byte[] rtf(String... paragraphs) {
    StringBuilder rtf =
        new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\n");
    for (String paragraph : paragraphs) {
      rtf.append("\\pard\\plain\\f0 ");
      for (char c : paragraph.toCharArray()) {
        if (c < 128) rtf.append(c);
        else rtf.append("\\u").append((int) (short) c).append('?');
      }
      rtf.append("\\par\n");
    }
    return rtf.append("}").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** An OpenDocument text with the given title and paragraphs. */
  static byte[] odt(String title, String... paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<text:p>").append(p).append("</text:p>");
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
            + "<office:meta><dc:title>"
            + title
            + "</dc:title></office:meta></office:document-meta>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipArchiveEntry first = new ZipArchiveEntry("mimetype");
      first.setMethod(ZipArchiveEntry.STORED);
      first.setSize(mimetype.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putArchiveEntry(first);
      zip.write(mimetype);
      zip.closeArchiveEntry();
      for (Map.Entry<String, String> e :
          Fixtures.entries(
                  "content.xml",
                  utf8(content),
                  "meta.xml",
                  utf8(meta),
                  "META-INF/manifest.xml",
                  utf8(manifest))
              .entrySet()
              .stream()
              .map(en -> Map.entry(en.getKey(), new String(en.getValue(), StandardCharsets.UTF_8)))
              .toList()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(utf8(e.getValue()));
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A tar archive with the given entries, in order. */
  static byte[] tar(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
        header.setSize(entry.getValue().length);
        tar.putArchiveEntry(header);
        tar.write(entry.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content);
    }
    return bytes.toByteArray();
  }

  /** A 7z archive file with the given entries, in order, without modification times. */
  static Path sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
    try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        SevenZArchiveEntry header = new SevenZArchiveEntry();
        header.setName(entry.getKey());
        header.setSize(entry.getValue().length);
        // No modification time, as library-written archives often have: Tika's own 7z reading fails
        // on it.
        out.putArchiveEntry(header);
        out.write(entry.getValue());
        out.closeArchiveEntry();
      }
    }
    return file;
  }

  /** An attachment of a hand-written email. */
  record Attachment(String name, String contentType, byte[] bytes) {}

  /**
   * An RFC 822 email with a UTF-8 subject (RFC 2047 encoded), a plain-text body and base64
   * attachments, sent {@code Tue, 3 Mar 2020 09:15:00 +0800}.
   */
  static byte[] eml(String from, String subject, String body, List<Attachment> attachments) {
    String boundary = "=_zhengju_boundary_1";
    StringBuilder mail = new StringBuilder();
    mail.append("From: ").append(encodedWords(from)).append("\r\n");
    mail.append("To: hr@example.cn\r\n");
    mail.append("Subject: =?UTF-8?B?").append(base64(utf8(subject))).append("?=\r\n");
    mail.append("Date: Tue, 3 Mar 2020 09:15:00 +0800\r\n");
    mail.append("Message-ID: <test-1@example.cn>\r\n");
    mail.append("MIME-Version: 1.0\r\n");
    mail.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
    mail.append("--").append(boundary).append("\r\n");
    mail.append(
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    mail.append(base64Lines(utf8(body))).append("\r\n");
    for (Attachment attachment : attachments) {
      mail.append("--").append(boundary).append("\r\n");
      String name = encodedWords(attachment.name());
      mail.append("Content-Type: ")
          .append(attachment.contentType())
          .append("; name=\"")
          .append(name)
          .append("\"\r\n");
      mail.append("Content-Transfer-Encoding: base64\r\n");
      mail.append("Content-Disposition: attachment; filename=\"").append(name).append("\"\r\n\r\n");
      mail.append(base64Lines(attachment.bytes())).append("\r\n");
    }
    mail.append("--").append(boundary).append("--\r\n");
    return mail.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A saved web page in MHTML: one UTF-8 HTML part (base64) and one image part. */
  static byte[] mhtml(String url, String html) {
    String boundary = "----=_NextPart_000_0000";
    return ("From: <Saved by Blink>\r\n"
            + "Snapshot-Content-Location: "
            + url
            + "\r\n"
            + "Subject: saved page\r\n"
            + "Date: Tue, 3 Mar 2020 09:15:00 +0800\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related; type=\"text/html\"; boundary=\""
            + boundary
            + "\"\r\n\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Location: "
            + url
            + "\r\n\r\n"
            + base64Lines(utf8(html))
            + "\r\n"
            + "--"
            + boundary
            + "--\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** One HTTP response captured in a WARC file. */
  record Capture(String url, String date, String status, String contentType, byte[] body) {}

  /**
   * A WARC/1.0 file written by hand (independently of the reader under test): a warcinfo record,
   * then for each capture a request and a response record; each record gzipped on its own when
   * {@code gzip}.
   */
  static byte[] warc(List<Capture> captures, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeRecord(
        out,
        gzip,
        "warcinfo",
        null,
        "2020-03-03T01:00:00Z",
        "application/warc-fields",
        utf8("software: zhengju-test\r\nformat: WARC File Format 1.0\r\n"));
    int n = 0;
    for (Capture capture : captures) {
      n++;
      writeRecord(
          out,
          gzip,
          "request",
          capture.url(),
          capture.date(),
          "application/http; msgtype=request",
          utf8("GET / HTTP/1.1\r\nHost: example.cn\r\n\r\n"));
      ByteArrayOutputStream http = new ByteArrayOutputStream();
      http.write(
          utf8(
              "HTTP/1.1 "
                  + capture.status()
                  + "\r\nContent-Type: "
                  + capture.contentType()
                  + "\r\nContent-Length: "
                  + capture.body().length
                  + "\r\n\r\n"));
      http.write(capture.body());
      writeRecord(
          out,
          gzip,
          "response",
          capture.url(),
          capture.date(),
          "application/http; msgtype=response",
          http.toByteArray());
    }
    return out.toByteArray();
  }

  /** One WARC/1.0 record of any type, gzipped on its own when {@code gzip}. */
  static byte[] warcRecord(
      boolean gzip, String type, String uri, String date, String contentType, byte[] block)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeRecord(out, gzip, type, uri, date, contentType, block);
    return out.toByteArray();
  }

  private static void writeRecord(
      ByteArrayOutputStream out,
      boolean gzip,
      String type,
      String uri,
      String date,
      String contentType,
      byte[] block)
      throws IOException {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    StringBuilder header = new StringBuilder("WARC/1.0\r\n");
    header.append("WARC-Type: ").append(type).append("\r\n");
    header
        .append("WARC-Record-ID: <urn:uuid:")
        .append(java.util.UUID.nameUUIDFromBytes(block))
        .append(">\r\n");
    header.append("WARC-Date: ").append(date).append("\r\n");
    if (uri != null) header.append("WARC-Target-URI: ").append(uri).append("\r\n");
    header.append("Content-Type: ").append(contentType).append("\r\n");
    header.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    record.write(utf8(header.toString()));
    record.write(block);
    record.write(utf8("\r\n\r\n"));
    out.write(gzip ? gzip(record.toByteArray()) : record.toByteArray());
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }

  /** RFC 2047: a non-ASCII run before an optional {@code <address>} as one UTF-8 encoded word. */
  private static String encodedWords(String text) {
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) return text;
    int address = text.indexOf(" <");
    String words = address < 0 ? text : text.substring(0, address);
    String rest = address < 0 ? "" : text.substring(address);
    return "=?UTF-8?B?" + base64(utf8(words)) + "?=" + rest;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String base64Lines(byte[] bytes) {
    return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(bytes);
  }
}
