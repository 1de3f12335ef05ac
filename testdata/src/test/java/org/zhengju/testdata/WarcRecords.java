package org.zhengju.testdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Reads the records of a (gzipped) WARC file without a WARC library, to check the corpus
 * independently of the extraction code: each record's WARC headers and content block, and for an
 * HTTP response its body.
 */
final class WarcRecords {

  /** One record: WARC headers with lower-case names, and the content block. */
  record Record(Map<String, String> headers, byte[] block) {
    String type() {
      return headers.getOrDefault("warc-type", "");
    }

    Optional<String> url() {
      return Optional.ofNullable(headers.get("warc-target-uri"));
    }

    /** The HTTP header of a response record (up to the blank line). */
    String httpHeader() {
      int end = bodyStart();
      return new String(block, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** The HTTP body of a response record. */
    byte[] httpBody() {
      int start = bodyStart();
      byte[] body = new byte[block.length - start];
      System.arraycopy(block, start, body, 0, body.length);
      return body;
    }

    private int bodyStart() {
      for (int i = 0; i + 3 < block.length; i++) {
        if (block[i] == '\r'
            && block[i + 1] == '\n'
            && block[i + 2] == '\r'
            && block[i + 3] == '\n') return i + 4;
      }
      throw new IllegalStateException("record has no HTTP header: " + headers);
    }
  }

  private WarcRecords() {}

  /** Every record of a gzipped WARC, whose gzip members follow one another. */
  static List<Record> ofGzip(byte[] warcGz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(warcGz))) {
      return read(in);
    }
  }

  /**
   * How many gzip members the file holds, walking them exactly (a WARC written per record has one
   * per record).
   *
   * @throws IOException if the bytes are not a sequence of plain gzip members (no optional header
   *     fields)
   */
  static int gzipMembers(byte[] bytes) throws IOException {
    int members = 0;
    int pos = 0;
    byte[] sink = new byte[8192];
    while (pos < bytes.length) {
      if (bytes.length - pos < 18
          || (bytes[pos] & 0xff) != 0x1f
          || (bytes[pos + 1] & 0xff) != 0x8b
          || bytes[pos + 2] != 8
          || bytes[pos + 3] != 0) {
        throw new IOException("no plain gzip member at byte " + pos);
      }
      Inflater inflater = new Inflater(true);
      try {
        inflater.setInput(bytes, pos + 10, bytes.length - pos - 10);
        while (!inflater.finished()) {
          if (inflater.inflate(sink) == 0 && inflater.needsInput())
            throw new IOException("member truncated at " + pos);
        }
        pos += 10 + (bytes.length - pos - 10 - inflater.getRemaining()) + 8;
      } catch (DataFormatException e) {
        throw new IOException("bad deflate data in the member at byte " + pos, e);
      } finally {
        inflater.end();
      }
      members++;
    }
    return members;
  }

  private static List<Record> read(InputStream in) throws IOException {
    List<Record> records = new ArrayList<>();
    String version;
    while ((version = line(in)) != null) {
      if (version.isEmpty()) continue;
      if (!version.startsWith("WARC/")) throw new IOException("not a WARC record: " + version);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(
            header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).strip());
      }
      int length = Integer.parseInt(headers.get("content-length"));
      byte[] block = in.readNBytes(length);
      if (block.length != length) throw new IOException("truncated record " + headers);
      records.add(new Record(headers, block));
    }
    return records;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') line.write(b);
    if (b < 0 && line.size() == 0) return null;
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
