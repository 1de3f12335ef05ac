package org.zhengju.testdata;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart MIME email just far enough to check the corpus without Tika: headers (unfolded,
 * RFC 2047 words decoded), and each part's headers and base64-decoded bytes.
 */
final class MailParts {
  private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?[Bb]\\?([^?]*)\\?=");
  private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)=\"([^\"]*)\"");

  /** One part of the message: its headers (lower-case names) and decoded content. */
  record Part(Map<String, String> headers, byte[] content) {
    /**
     * A parameter of a header, e.g. {@code param("content-type", "charset")}, RFC 2047 words
     * decoded.
     */
    Optional<String> param(String header, String name) {
      Matcher m = PARAMETER.matcher(headers.getOrDefault(header, ""));
      while (m.find()) {
        if (m.group(1).equalsIgnoreCase(name)) return Optional.of(decodeWords(m.group(2)));
      }
      return Optional.empty();
    }

    /** The attachment's file name, if this part is an attachment. */
    Optional<String> fileName() {
      return param("content-disposition", "filename");
    }

    /** The part as text in its declared charset. */
    String text() throws IOException {
      Charset charset = Charset.forName(param("content-type", "charset").orElse("US-ASCII"));
      return CorpusText.decodeStrictly(content, charset);
    }
  }

  private final Map<String, String> headers;
  private final List<Part> parts;

  private MailParts(Map<String, String> headers, List<Part> parts) {
    this.headers = headers;
    this.parts = parts;
  }

  /** Parses a message whose top-level type is multipart. */
  static MailParts parse(byte[] message) throws IOException {
    String raw = new String(message, StandardCharsets.US_ASCII).replace("\r\n", "\n");
    int split = raw.indexOf("\n\n");
    Map<String, String> headers = headers(raw.substring(0, split));
    String boundary =
        new Part(headers, new byte[0])
            .param("content-type", "boundary")
            .orElseThrow(() -> new IOException("not a multipart message"));
    List<Part> parts = new ArrayList<>();
    String[] chunks = raw.substring(split + 2).split("\n--" + Pattern.quote(boundary));
    for (int i = 1; i < chunks.length; i++) {
      if (chunks[i].startsWith("--")) break;
      String chunk = chunks[i].substring(chunks[i].indexOf('\n') + 1);
      int end = chunk.indexOf("\n\n");
      Map<String, String> partHeaders = headers(chunk.substring(0, end));
      String body = chunk.substring(end + 2);
      if (!"base64"
          .equalsIgnoreCase(partHeaders.getOrDefault("content-transfer-encoding", "").strip())) {
        throw new IOException("only base64 parts are expected in the corpus email");
      }
      parts.add(new Part(partHeaders, Base64.getMimeDecoder().decode(body.strip())));
    }
    return new MailParts(headers, List.copyOf(parts));
  }

  /** A top-level header with encoded words decoded. */
  String header(String name) {
    return decodeWords(headers.getOrDefault(name.toLowerCase(Locale.ROOT), ""));
  }

  /** The raw top-level header, encoded words left as they are. */
  String rawHeader(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }

  List<Part> parts() {
    return parts;
  }

  /** The first part that is not an attachment. */
  Part body() throws IOException {
    return parts.stream()
        .filter(p -> p.fileName().isEmpty())
        .findFirst()
        .orElseThrow(() -> new IOException("message has no body part"));
  }

  /** The attachment named {@code name}. */
  Part attachment(String name) throws IOException {
    return parts.stream()
        .filter(p -> p.fileName().filter(name::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new IOException("message has no attachment " + name));
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    String unfolded = block.replaceAll("\n[ \t]+", " ");
    for (String line : unfolded.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0)
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
    }
    return headers;
  }

  private static String decodeWords(String value) {
    Matcher m = ENCODED_WORD.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      byte[] bytes = Base64.getDecoder().decode(m.group(2));
      m.appendReplacement(
          out, Matcher.quoteReplacement(new String(bytes, Charset.forName(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
