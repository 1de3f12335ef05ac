package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's charset detection, with each legacy charset widened to the superset browsers use for it
 * (the WHATWG Encoding Standard): GB2312 and GBK pages are decoded as GB18030, Big5 as Big5-HKSCS,
 * Latin-1 as windows-1252.
 *
 * <p>Chinese pages that declare {@code gb2312} routinely contain characters outside it (镕 in 朱镕基,
 * rare given-name characters); a strict GB2312 decoder turns them into replacement characters, and
 * the name can then no longer be found. The superset decodes every byte the subset decodes
 * identically.
 */
final class SupersetEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> SUPERSETS =
      Map.of(
          "gb2312", "GB18030",
          "gbk", "GB18030",
          "x-euc-cn", "GB18030",
          "euc-cn", "GB18030",
          "big5", "Big5-HKSCS",
          "iso-8859-1", "windows-1252",
          "us-ascii", "windows-1252");

  private final EncodingDetector delegate = new DefaultEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset detected = delegate.detect(input, metadata);
    if (detected == null)
      return null; // Tika's contract: null means "unknown", the parser then falls back
    String superset = SUPERSETS.get(detected.name().toLowerCase(Locale.ROOT));
    return superset != null && Charset.isSupported(superset) ? Charset.forName(superset) : detected;
  }
}
