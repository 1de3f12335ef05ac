package org.zhengju.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.normalize.NormalizedText;

/**
 * Splits a normalized document into passages: one passage per line of normalized text (a paragraph,
 * a heading or a table row), with paragraphs longer than a maximum split at sentence ends.
 *
 * <p>Rules, kept simple so that passage boundaries are predictable:
 *
 * <ul>
 *   <li>Every {@code \n}-separated line is its own passage, whatever its length: a short heading
 *       stays a passage of its own, and so does every table row (a line with tabs). Lines that are
 *       empty or only whitespace give no passage. Spaces and tabs at the ends of a passage are left
 *       out of it.
 *   <li>A line longer than {@code maxChars} is cut greedily: each piece ends after the last
 *       sentence end within the limit ({@code 。！？；}, possibly followed by closing quotes or
 *       brackets, or {@code .!?} followed by a space); when the window has no sentence end, the
 *       piece is cut hard at {@code maxChars}. A cut never separates characters that come from one
 *       source character (a surrogate pair, an NFKC expansion such as {@code ㍿} → {@code 株式会社}), so
 *       passages never share source characters; the only piece longer than {@code maxChars} is one
 *       such expansion that is longer on its own.
 *   <li>Offsets: {@code normalizedStart/End} index {@link NormalizedText#text()}; {@code start/end}
 *       are the source offsets of those through the offset map; {@code page} is {@link
 *       ExtractedDocument#pageAt} of {@code start}.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class PassageSplitter {
  /** The default maximum passage length in characters. */
  public static final int DEFAULT_MAX_CHARS = 400;

  private final int maxChars;

  /** A splitter with the default maximum of {@value #DEFAULT_MAX_CHARS} characters per passage. */
  public PassageSplitter() {
    this(DEFAULT_MAX_CHARS);
  }

  /**
   * A splitter cutting paragraphs longer than {@code maxChars} characters.
   *
   * @throws IllegalArgumentException if {@code maxChars} is less than 2 (a surrogate pair must fit)
   */
  public PassageSplitter(int maxChars) {
    if (maxChars < 2) throw new IllegalArgumentException("maxChars must be >= 2: " + maxChars);
    this.maxChars = maxChars;
  }

  /** The maximum passage length this splitter aims for. */
  public int maxChars() {
    return maxChars;
  }

  /**
   * Splits {@code text}, the normalization of {@code document}'s text, into passages numbered from
   * 0.
   *
   * @throws IllegalArgumentException if {@code text} was not made from a text of {@code document}'s
   *     length
   */
  public List<Passage> split(ExtractedDocument document, NormalizedText text) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    if (text.map().sourceLength() != document.text().length())
      throw new IllegalArgumentException(
          "text was normalized from "
              + text.map().sourceLength()
              + " characters but the document has "
              + document.text().length());
    String normalized = text.text();
    List<Passage> passages = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= normalized.length()) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = normalized.length();
      splitLine(document, text, lineStart, lineEnd, passages);
      lineStart = lineEnd + 1;
    }
    return List.copyOf(passages);
  }

  private void splitLine(
      ExtractedDocument document, NormalizedText text, int from, int to, List<Passage> out) {
    String normalized = text.text();
    int pos = skipBlanks(normalized, from, to);
    int end = trimEnd(normalized, pos, to);
    while (pos < end) {
      int cut = end - pos <= maxChars ? end : cutPoint(text, pos, pos + maxChars, end);
      int pieceEnd = trimEnd(normalized, pos, cut);
      int start = text.sourceStart(pos);
      out.add(
          new Passage(
              out.size(),
              start,
              text.sourceEnd(pieceEnd),
              pos,
              pieceEnd,
              document.pageAt(start),
              normalized.substring(pos, pieceEnd)));
      pos = skipBlanks(normalized, cut, end);
    }
  }

  /**
   * Where to cut a piece starting at {@code from} that should not extend past {@code limit}: after
   * the last sentence end, else at the limit; never between characters that come from one source
   * character (a surrogate pair, an NFKC expansion), so that passages never share source
   * characters.
   */
  private static int cutPoint(NormalizedText text, int from, int limit, int end) {
    String s = text.text();
    for (int k = limit; k > from; k--) {
      if (isSentenceEndBefore(s, k, from) && !fromOneSourceCharacter(text, k - 1, k)) return k;
    }
    int hard = limit;
    while (hard > from && fromOneSourceCharacter(text, hard - 1, hard)) hard--;
    if (hard > from) return hard;
    // one source character expands to more than the limit: keep it whole
    hard = limit;
    while (hard < end && fromOneSourceCharacter(text, hard - 1, hard)) hard++;
    return hard;
  }

  private static boolean fromOneSourceCharacter(NormalizedText text, int a, int b) {
    return text.sourceStart(a) == text.sourceStart(b)
        && text.sourceEnd(a + 1) == text.sourceEnd(b + 1);
  }

  /**
   * Whether a sentence ends just before {@code k} (and what follows is not more closing
   * punctuation).
   */
  private static boolean isSentenceEndBefore(String s, int k, int floor) {
    if (k < s.length() && isClosing(s.charAt(k))) return false;
    int p = k - 1;
    while (p > floor && isClosing(s.charAt(p))) p--;
    char c = s.charAt(p);
    if (c == '。' || c == '！' || c == '？' || c == '；') return true;
    return (c == '.' || c == '!' || c == '?') && p == k - 1 && k < s.length() && s.charAt(k) == ' ';
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == '》' || c == '】'
        || c == '〕';
  }

  private static int skipBlanks(String s, int from, int to) {
    int k = from;
    while (k < to && isBlank(s.charAt(k))) k++;
    return k;
  }

  private static int trimEnd(String s, int from, int to) {
    int k = to;
    while (k > from && isBlank(s.charAt(k - 1))) k--;
    return k;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
