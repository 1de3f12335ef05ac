package org.zhengju.testdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of a corpus source without Tika (PDFBox, POI, and charset decoding), so the gold
 * files can be checked independently of the extraction code they are meant to test.
 */
final class CorpusText {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*charset\\s*=\\s*\"?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /** Characters that end a sentence or clause, after NFKC; a line break after them is kept. */
  private static final String SENTENCE_END = "。!?;:”」";

  private CorpusText() {}

  /** The raw text of a source (plain file or {@code archive.zip!/member}). */
  static String of(String source) throws IOException {
    byte[] bytes = Files.readAllBytes(TestCorpus.file(source));
    Optional<String> member = TestCorpus.member(source);
    String container = TestCorpus.file(source).getFileName().toString().toLowerCase(Locale.ROOT);
    if (container.endsWith(".eml")) {
      MailParts mail = MailParts.parse(bytes);
      if (member.isEmpty()) return mail.header("Subject") + "\n" + mail.body().text();
      return decode(source, mail.attachment(member.get()).content());
    }
    if (container.endsWith(".warc.gz")) {
      String url =
          member.orElseThrow(() -> new IOException(source + ": a WARC file is read page by page"));
      return html(capturedPage(bytes, url));
    }
    if (member.isPresent()) {
      return decode(member.get(), memberBytes(bytes, member.get()));
    }
    return decode(source, bytes);
  }

  /**
   * NFKC (width folding), then joining of lines broken inside a Chinese sentence: a line break is
   * dropped when both neighbours are non-blank, the previous character does not end a sentence, and
   * one neighbour is CJK.
   */
  static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\r\n", "\n");
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c == '\n' && i > 0 && i + 1 < nfkc.length()) {
        char prev = nfkc.charAt(i - 1);
        char next = nfkc.charAt(i + 1);
        boolean insideSentence =
            !Character.isWhitespace(prev)
                && !Character.isWhitespace(next)
                && SENTENCE_END.indexOf(prev) < 0;
        if (insideSentence && (isCjk(prev) || isCjk(next))) {
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303F');
  }

  /** The bytes of one archive member; fails if it is absent. */
  static byte[] memberBytes(byte[] zip, String member) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(member)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IOException("archive has no member " + member);
  }

  /** The HTTP body of the response record for {@code url} in a gzipped WARC. */
  static byte[] capturedPage(byte[] warcGz, String url) throws IOException {
    return WarcRecords.ofGzip(warcGz).stream()
        .filter(r -> r.type().equals("response") && r.url().filter(url::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new IOException("no response record for " + url))
        .httpBody();
  }

  /** The charset named in an HTML meta tag, if any. */
  static Optional<String> declaredCharset(byte[] html) {
    Matcher m = META_CHARSET.matcher(new String(html, StandardCharsets.ISO_8859_1));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Strict decoding: fails on any malformed byte instead of substituting. */
  static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String decode(String name, byte[] bytes) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return decodeStrictly(bytes, StandardCharsets.UTF_8);
    }
    if (lower.endsWith(".html")) {
      return html(bytes);
    }
    if (lower.endsWith(".pdf")) {
      String text;
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        text = new PDFTextStripper().getText(pdf);
      }
      if (!text.codePoints().anyMatch(Character::isLetter)) {
        // A scan has no text layer: check the gold against the generator's known text of the pages
        // instead.
        return TestCorpus.groundTruth(name)
            .orElseThrow(
                () ->
                    new IOException(
                        name + " has no text layer and no groundtruth/" + name + ".txt"));
      }
      return text;
    }
    if (lower.endsWith(".docx")) {
      try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
          XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
        return extractor.getText();
      }
    }
    if (lower.endsWith(".xlsx")) {
      return xlsx(bytes);
    }
    throw new IOException("no reader for " + name);
  }

  private static String html(byte[] bytes) throws CharacterCodingException {
    Optional<String> declared = declaredCharset(bytes);
    String text;
    if (declared.isPresent()) {
      text = decodeStrictly(bytes, Charset.forName(declared.get()));
    } else {
      try {
        text = decodeStrictly(bytes, StandardCharsets.UTF_8);
      } catch (CharacterCodingException notUtf8) {
        text = decodeStrictly(bytes, Charset.forName("GB18030"));
      }
    }
    return TAG.matcher(text)
        .replaceAll(" ")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&mdash;", "—")
        .replace("&amp;", "&");
  }

  private static String xlsx(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : workbook) {
        text.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(formatter.formatCellValue(cell)).append('\t');
          }
          text.append('\n');
        }
      }
    }
    return text.toString();
  }
}
