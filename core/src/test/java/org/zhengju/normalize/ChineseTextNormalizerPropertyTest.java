package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhengju.normalize.internal.CharClasses;

/**
 * Invariants of {@link ChineseTextNormalizer} over random strings mixing CJK, full-width forms, spaces, line
 * breaks, tabs, traditional characters, surrogate pairs, combining sequences and compatibility characters.
 * Seeds are fixed so that a failure reproduces; the failing input is in the assertion message.
 */
class ChineseTextNormalizerPropertyTest {
  private static final String[] TOKENS = {
    "中", "国", "人", "民", "勞", "動", "轉", "移", "紡", "織", "集", "團", "維", "吾", "爾", "區", "有限公司",
    "０", "１", "９", "Ａ", "Ｚ", "ａ", "，", "；", "：", "？", "！", "（", "）", "／", "％", "．",
    "。", "、", "“", "”", "《", "》", "【", "】", "a", "b", "Z", "1", "9", ".", ",", ";", "-", "(", ")",
    " ", " ", " ", "  ", "\u3000", "\u00A0", "\t", "\t", "\n", "\n", "\n", "\r\n", "\r", "\f", "\n\n",
    "\uD840\uDC00", "\uD840\uDC01", "\uD83D\uDE00", "\uF900", "\u2F63", "㍿", "①", "㈠", "e", "\u0301",
    "\uFEFF", "\u200B", "가", "\u1100", "\u1161", "ｶ", "ﾞ", "゛", "一、", "（一）", "1.", "第三章", "´"
  };

  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  @Test
  void normalizingTwiceChangesNothing() {
    forRandomSources(
        1,
        source -> {
          String once = normalizer.normalize(source).text();
          assertThat(normalizer.normalize(once).text()).as(describe(source)).isEqualTo(once);
        });
  }

  @Test
  void offsetsStayInRangeAndMonotone() {
    forRandomSources(
        2,
        source -> {
          OffsetMap map = normalizer.normalize(source).map();
          int previousStart = 0;
          int previousEnd = 0;
          for (int i = 0; i < map.length(); i++) {
            int start = map.toSourceStart(i);
            int end = map.toSourceEnd(i + 1);
            assertThat(start).as(describe(source) + " start of " + i).isBetween(previousStart, end);
            assertThat(end).as(describe(source) + " end of " + i).isBetween(previousEnd, source.length());
            assertThat(end).as(describe(source) + " char " + i + " covers a source char").isGreaterThan(start);
            previousStart = start;
            previousEnd = end;
          }
        });
  }

  @Test
  void everyVisibleCharacterComesFromItsSourceRange() {
    forRandomSources(
        3,
        source -> {
          NormalizedText result = normalizer.normalize(source);
          for (int i = 0; i < result.text().length(); i++) {
            char c = result.text().charAt(i);
            if (Character.isWhitespace(c)) continue;
            String piece = source.substring(result.sourceStart(i), result.sourceEnd(i + 1));
            assertThat(normalizer.normalize(piece).text()).as(describe(source) + " char " + i).contains(String.valueOf(c));
          }
        });
  }

  @Test
  void spansBetweenCjkCharactersRenormalizeFromTheirSourceToTheSameText() {
    forRandomSources(
        4,
        source -> {
          NormalizedText result = normalizer.normalize(source);
          String text = result.text();
          for (int i = 0; i < text.length(); i++) {
            if (!CharClasses.isCjkLetter(text.codePointAt(i))) continue;
            for (int j = i + 1; j <= text.length() && text.charAt(j - 1) != '\n'; j++) {
              if (!CharClasses.isCjkLetter(text.codePointBefore(j))) continue;
              // a span cutting through one source segment (an NFKC expansion such as ㍿ → 株式会社) cannot
              // be re-found from source text
              if (sharesSourceRange(result, j - 1, j) || sharesSourceRange(result, i - 1, i)) continue;
              String piece = source.substring(result.sourceStart(i), result.sourceEnd(j));
              assertThat(normalizer.normalize(piece).text())
                  .as(describe(source) + " span [" + i + ", " + j + ")")
                  .isEqualTo(text.substring(i, j));
            }
          }
        });
  }

  @Test
  void matchTextHasTheLengthOfTextAndDiffersOnlyInBmpIdeographs() {
    forRandomSources(
        5,
        source -> {
          NormalizedText result = normalizer.normalize(source);
          assertThat(result.matchText()).hasSameSizeAs(result.text());
          for (int i = 0; i < result.text().length(); i++) {
            char c = result.text().charAt(i);
            if (result.matchText().charAt(i) != c)
              assertThat(Character.UnicodeScript.of(c)).as(describe(source)).isEqualTo(Character.UnicodeScript.HAN);
          }
        });
  }

  @Test
  void sourceOffsetsMapBackToTheFirstCharacterFromThem() {
    forRandomSources(
        6,
        source -> {
          OffsetMap map = normalizer.normalize(source).map();
          for (int i = 0; i < map.length(); i++) {
            int sourceOffset = map.toSourceStart(i);
            int back = map.toNormalized(sourceOffset);
            // the first character whose source range reaches past the offset: i itself, or an earlier character
            // from the same source range (an expansion) or a range enclosing it
            assertThat(back).as(describe(source) + " char " + i).isLessThanOrEqualTo(i);
            assertThat(map.toSourceEnd(back + 1)).as(describe(source) + " char " + i).isGreaterThan(sourceOffset);
            assertThat(map.toSourceStart(back)).as(describe(source) + " char " + i).isLessThanOrEqualTo(sourceOffset);
            if (back > 0) assertThat(map.toSourceEnd(back)).as(describe(source)).isLessThanOrEqualTo(sourceOffset);
          }
        });
  }

  private static boolean sharesSourceRange(NormalizedText result, int a, int b) {
    if (a < 0 || b >= result.text().length()) return false;
    return result.sourceStart(a) == result.sourceStart(b) && result.sourceEnd(a + 1) == result.sourceEnd(b + 1)
        && !Character.isSurrogatePair(result.text().charAt(a), result.text().charAt(b));
  }

  private static void forRandomSources(long seed, java.util.function.Consumer<String> check) {
    Random random = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      StringBuilder source = new StringBuilder();
      int tokens = random.nextInt(30);
      for (int t = 0; t < tokens; t++) source.append(TOKENS[random.nextInt(TOKENS.length)]);
      check.accept(source.toString());
    }
  }

  private static String describe(String source) {
    StringBuilder escaped = new StringBuilder("source \"");
    source.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp > 0x7E && (cp < 0x4E00 || cp > 0x9FFF)) escaped.append(String.format("\\u{%X}", cp));
              else escaped.appendCodePoint(cp);
            });
    return escaped.append('"').toString();
  }
}
