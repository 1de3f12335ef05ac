package org.zhengju.extract.tika;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.zhengju.document.PageSpan;

/**
 * Decodes PDF pages whose Chinese came out as Latin-1 pairs ({@code È« ÊÀ ½ç} for 全世界).
 *
 * <p>Older Chinese PDFs often use a GBK-encoded TrueType font with no ToUnicode map; PDFBox then
 * reads each GBK byte as a Latin-1 character and puts spaces between the glyph pairs. Such a page
 * is mostly characters U+00A1–U+00FE; the bytes are recovered and decoded as GBK, strictly: a run
 * that is not valid GBK, or holds no Chinese after decoding, is left as it was. Pages that are
 * mostly ordinary text are never touched, so accented Latin text is safe.
 */
final class GbkMojibakeRepair {

  /**
   * Share of a page's visible characters that must be Latin-1 high characters before a repair is
   * tried.
   */
  private static final double MIN_SHARE = 0.3;

  private static final int MIN_HIGH = 4;
  private static final Charset GBK = Charset.forName("GBK");

  /** The repaired text and its page spans, and how many pages were changed. */
  record Result(String text, List<PageSpan> pages, int repairedPages) {}

  private GbkMojibakeRepair() {}

  /**
   * Repairs each page of {@code text} that looks like GBK read as Latin-1; text outside pages is
   * kept.
   */
  static Result repairPages(String text, List<PageSpan> pages) {
    StringBuilder out = new StringBuilder(text.length());
    List<PageSpan> newPages = new ArrayList<>(pages.size());
    int copied = 0;
    int repaired = 0;
    for (PageSpan page : pages) {
      out.append(text, copied, page.start());
      String pageText = text.substring(page.start(), page.end());
      String fixed = repair(pageText);
      if (!fixed.equals(pageText)) repaired++;
      int start = out.length();
      out.append(fixed);
      newPages.add(new PageSpan(page.number(), start, out.length(), page.ocr()));
      copied = page.end();
    }
    out.append(text, copied, text.length());
    return repaired == 0
        ? new Result(text, pages, 0)
        : new Result(out.toString(), newPages, repaired);
  }

  /**
   * Repairs one page's text, or returns it unchanged when it does not look like GBK read as
   * Latin-1.
   */
  static String repair(String page) {
    if (!looksLikeMojibake(page)) return page;
    String bytesAsChars = restoreDiacriticBytes(page);
    StringBuilder out = new StringBuilder(bytesAsChars.length());
    int i = 0;
    while (i < bytesAsChars.length()) {
      if (!isHigh(bytesAsChars.charAt(i))) {
        out.append(bytesAsChars.charAt(i++));
        continue;
      }
      int end = runEnd(bytesAsChars, i);
      String run = bytesAsChars.substring(i, end);
      out.append(decodeRun(run));
      i = end;
    }
    return out.toString();
  }

  private static boolean looksLikeMojibake(String page) {
    int high = 0;
    int visible = 0;
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (Character.isWhitespace(c)) continue;
      visible++;
      if (isHigh(c) || byteOfDiacritic(c) != 0) high++;
    }
    return high >= MIN_HIGH && high >= MIN_SHARE * visible;
  }

  /**
   * PDFBox turns some Latin-1 characters into a space plus a combining mark (0xB8 cedilla becomes
   * U+0020 U+0327); put the byte back so the GBK pair is whole again.
   */
  private static String restoreDiacriticBytes(String page) {
    StringBuilder out = new StringBuilder(page.length());
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      char next = i + 1 < page.length() ? page.charAt(i + 1) : 0;
      if (c == ' ' && byteOfDiacritic(next) != 0) continue;
      char b = byteOfDiacritic(c);
      out.append(b != 0 ? b : c);
    }
    return out.toString();
  }

  private static char byteOfDiacritic(char c) {
    return switch (c) {
      case '\u0327' -> '\u00B8';
      case '\u0308' -> '\u00A8';
      case '\u0304' -> '\u00AF';
      case '\u0301' -> '\u00B4';
      default -> 0;
    };
  }

  /** End of a run of high characters, allowing single spaces between them (PDFBox's glyph gaps). */
  private static int runEnd(String s, int start) {
    int end = start;
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isHigh(c)) {
        end = ++i;
      } else if (c == ' ' && i + 1 < s.length() && isHigh(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  private static String decodeRun(String run) {
    String compact = run.replace(" ", "");
    if (compact.length() % 2 != 0) return run;
    byte[] bytes = new byte[compact.length()];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) compact.charAt(i);
    CharsetDecoder decoder =
        GBK.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
      boolean chinese =
          decoded.chars().anyMatch(c -> c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF);
      return chinese ? decoded.toString() : run;
    } catch (CharacterCodingException notGbk) {
      return run;
    }
  }

  private static boolean isHigh(char c) {
    return c >= '\u00A1' && c <= '\u00FE';
  }
}
