package org.zhengju.extract.tika;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Names of archive entries as they appear in sources ({@code a.zip!/dir/name.pdf}). */
final class EntryNames {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private EntryNames() {}

  /**
   * Decodes a zip entry name. Zip tools on Chinese Windows write names in GBK without saying so; a
   * name that is not valid UTF-8 is read as GB18030 (a superset of GBK), which never fails.
   */
  static String decode(byte[] raw, boolean utf8Flag) {
    if (utf8Flag) return new String(raw, StandardCharsets.UTF_8);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(raw, GB18030);
    }
  }

  /**
   * Uses forward slashes and drops leading slashes and {@code ./}, so sources look alike
   * everywhere.
   */
  static String clean(String name) {
    String cleaned = name.replace('\\', '/').replace("\u0000", "");
    while (cleaned.startsWith("/") || cleaned.startsWith("./")) {
      cleaned = cleaned.substring(cleaned.startsWith("/") ? 1 : 2);
    }
    return cleaned.isEmpty() ? "unnamed" : cleaned;
  }

  /** The last path segment of a source, used as the file name hint for type detection. */
  static String fileName(String source) {
    int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return cut >= 0 ? source.substring(cut + 1) : source;
  }
}
