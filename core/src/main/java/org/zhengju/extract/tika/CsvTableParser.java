package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a CSV file as a table, one {@code <tr>} per record and one {@code <td>} per cell, so that
 * the text handler writes each record as one line with tab-separated cells, like a spreadsheet's
 * rows.
 *
 * <p>Tika's own CSV parser falls back to plain text when its dialect sniffer is unsure, which it is
 * for short files, leaving commas and quotes in the text. The charset is found with the context's
 * encoding detector (GBK files from Chinese Excel are common). A newline inside a quoted cell
 * becomes a space so a record stays on one line. Stateless and thread-safe.
 */
final class CsvTableParser implements Parser {

  private static final long serialVersionUID = 1L;

  static final MediaType CSV = MediaType.text("csv");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(CSV);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    EncodingDetector detector = context.get(EncodingDetector.class, new SupersetEncodingDetector());
    try (AutoDetectReader reader = new AutoDetectReader(stream, metadata, detector)) {
      Charset charset = reader.getCharset();
      metadata.set(Metadata.CONTENT_TYPE, new MediaType(CSV, charset).toString());
      metadata.set(Metadata.CONTENT_ENCODING, charset.name());
      XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
      xhtml.startDocument();
      xhtml.startElement("table");
      try (CSVParser records = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
        for (CSVRecord record : records) {
          xhtml.startElement("tr");
          for (String cell : record) {
            xhtml.startElement("td");
            xhtml.characters(cell.replaceAll("\\s*[\\r\\n]+\\s*", " "));
            xhtml.endElement("td");
          }
          xhtml.endElement("tr");
        }
      } catch (UncheckedIOException e) {
        // commons-csv reports a malformed record (an unclosed quote) this way; the rows before it
        // stay.
        throw new TikaException("malformed CSV: " + e.getCause().getMessage(), e.getCause());
      }
      xhtml.endElement("table");
      xhtml.endDocument();
    }
  }
}
