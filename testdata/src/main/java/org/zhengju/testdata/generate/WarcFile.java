package org.zhengju.testdata.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a WARC 1.1 file as a crawler does: a {@code warcinfo} record, then for each captured page
 * a {@code request} and a {@code response} record; every record is its own gzip member ({@code
 * .warc.gz}). Record IDs are name-based UUIDs from {@code seed}, and gzip headers carry no time, so
 * the bytes are stable.
 */
final class WarcFile {
  private final String seed;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int records;

  WarcFile(String seed) {
    this.seed = seed;
  }

  /** The file's description record. */
  void warcinfo(String date, String fields) throws IOException {
    record(
        "warcinfo",
        date,
        null,
        null,
        "application/warc-fields",
        fields.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A GET request for {@code url} and its 200 response with an HTML body (no charset in the HTTP
   * header).
   */
  void exchange(String url, String date, byte[] html) throws IOException {
    String host = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    String path = url.replaceFirst("^https?://[^/]+", "");
    String responseId = id(records + 1);
    byte[] request =
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nUser-Agent: Mozilla/5.0 (compatible; archiver)\r\nAccept: text/html\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    record(
        "request",
        date,
        url,
        "WARC-Concurrent-To: " + responseId,
        "application/http; msgtype=request",
        request);
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    response.write(
        ("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: "
                + html.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    response.write(html);
    record(
        "response", date, url, null, "application/http; msgtype=response", response.toByteArray());
  }

  /** The whole file. */
  byte[] toBytes() {
    return out.toByteArray();
  }

  private void record(
      String type, String date, String url, String extraHeader, String contentType, byte[] block)
      throws IOException {
    StringBuilder header = new StringBuilder("WARC/1.1\r\n");
    header.append("WARC-Type: ").append(type).append("\r\n");
    header.append("WARC-Record-ID: ").append(id(records)).append("\r\n");
    header.append("WARC-Date: ").append(date).append("\r\n");
    if (url != null) header.append("WARC-Target-URI: ").append(url).append("\r\n");
    if (extraHeader != null) header.append(extraHeader).append("\r\n");
    header.append("Content-Type: ").append(contentType).append("\r\n");
    header.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    // GZIPOutputStream writes MTIME 0, so a member's bytes depend on its content only
    try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
      gzip.write(header.toString().getBytes(StandardCharsets.US_ASCII));
      gzip.write(block);
      gzip.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write(member.toByteArray());
    records++;
  }

  private String id(int record) {
    return "<urn:uuid:"
        + UUID.nameUUIDFromBytes((seed + "/" + record).getBytes(StandardCharsets.UTF_8))
        + ">";
  }
}
