package org.zhengju.normalize.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds full-width forms to half-width and applies NFKC, one normalization segment at a time,
 * recording for every output unit the source range it came from.
 *
 * <p>Exceptions, kept exactly as written because they carry meaning in Chinese text or would
 * otherwise turn into misleading numbers: the full-width punctuation {@code ，；：？！（）} (NFKC would
 * make them ASCII; the other Chinese punctuation {@code 。、“”‘’《》【】〔〕} is already stable under
 * NFKC), the enclosed alphanumerics U+2460–U+24FF ({@code ①} would become {@code 1}) and the
 * enclosed CJK letters U+3200–U+32FF ({@code ㈠}). Everything else is NFKC: {@code １２} → {@code 12},
 * {@code ＸＸ} → {@code XX}, {@code ／} → {@code /}, {@code ％} → {@code %}, the ideographic space
 * U+3000 → a space, Kangxi radicals left by PDF extraction ({@code ⽣}) → the unified ideograph
 * ({@code 生}), compatibility ideographs → unified ideographs.
 *
 * <p>Offsets: an unchanged segment maps unit by unit (both halves of a surrogate pair map to the
 * pair); a changed segment (an expansion such as {@code ㍿} → {@code 株式会社}, or a combining sequence
 * composed into one character) maps every output unit to the whole segment. Immutable and
 * thread-safe.
 */
public final class CompatibilityFolder {
  private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

  /** Folds {@code source}. */
  public FoldedUnits fold(String source) {
    int n = source.length();
    FoldedUnits out = new FoldedUnits(n + 16);
    int i = 0;
    while (i < n) {
      int cp = source.codePointAt(i);
      int j = i + Character.charCount(cp);
      if (isKept(cp) || isSeparator(cp)) {
        copy(source, i, j, out);
        i = j;
        continue;
      }
      // A segment ends before the next code point that starts a new normalization segment; kept
      // characters are
      // segments of their own so that they never take part in composition.
      while (j < n) {
        int next = source.codePointAt(j);
        if (nfkc.hasBoundaryBefore(next) || isKept(next)) break;
        j += Character.charCount(next);
      }
      boolean single = j - i == Character.charCount(cp);
      if (single && nfkc.getDecomposition(cp) == null) {
        copy(source, i, j, out); // a lone code point without a mapping is its own NFKC form
      } else {
        String segment = source.substring(i, j);
        String normalized = nfkc.normalize(segment);
        if (normalized.equals(segment)) {
          copy(source, i, j, out);
        } else {
          for (int k = 0; k < normalized.length(); k++) out.add(normalized.charAt(k), i, j);
        }
      }
      i = j;
    }
    return out;
  }

  private static void copy(String source, int from, int to, FoldedUnits out) {
    for (int k = from; k < to; k++) {
      char c = source.charAt(k);
      if (Character.isHighSurrogate(c)
          && k + 1 < to
          && Character.isLowSurrogate(source.charAt(k + 1))) {
        out.add(c, k, k + 2);
        out.add(source.charAt(k + 1), k, k + 2);
        k++;
      } else {
        out.add(c, k, k + 1);
      }
    }
  }

  /**
   * Whether {@code cp} is whitespace or a control character. NFKC never composes these with what
   * follows, so ending the segment after them changes no output, but it keeps a line break or space
   * from sharing its source range with a combining mark that follows it (which would blur the
   * offsets of the break).
   */
  private static boolean isSeparator(int cp) {
    return cp <= 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x3000 || cp == 0x2028 || cp == 0x2029;
  }

  /**
   * Whether {@code cp} is kept as written rather than NFKC-folded (see the class comment for why).
   */
  static boolean isKept(int cp) {
    switch (cp) {
      case '，':
      case '；':
      case '：':
      case '？':
      case '！':
      case '（':
      case '）':
        return true;
      default:
        return (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x3200 && cp <= 0x32FF);
    }
  }
}
