package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.zhengju.normalize.internal.CharClasses;

/**
 * Invariants of {@link ChineseTextNormalizer} over random strings mixing CJK, full-width forms,
 * spaces, line breaks, tabs, traditional characters, surrogate pairs, combining sequences and
 * compatibility characters. Seeds are fixed so that a failure reproduces; the failing input is in
 * the failure message.
 */
class ChineseTextNormalizerPropertyTest {
  /**
   * Random sources per property; raise with {@code -Dzhengju.propertyRuns=200000} for a deeper
   * search.
   */
  private static final int SOURCES_PER_PROPERTY = Integer.getInteger("zhengju.propertyRuns", 3000);

  /** Seed offset; vary with {@code -Dzhengju.propertySeed=N} to explore other inputs. */
  private static final long SEED = Long.getLong("zhengju.propertySeed", 0L);

  private static final String[] TOKENS = {
    "中",
    "国",
    "人",
    "民",
    "勞",
    "動",
    "轉",
    "移",
    "紡",
    "織",
    "集",
    "團",
    "維",
    "吾",
    "爾",
    "區",
    "有限公司",
    "０",
    "１",
    "９",
    "Ａ",
    "Ｚ",
    "ａ",
    "，",
    "；",
    "：",
    "？",
    "！",
    "（",
    "）",
    "／",
    "％",
    "．",
    "。",
    "、",
    "“",
    "”",
    "《",
    "》",
    "【",
    "】",
    "a",
    "b",
    "Z",
    "1",
    "9",
    ".",
    ",",
    ";",
    "-",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\u3000",
    "\u00A0",
    "\t",
    "\t",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\f",
    "\n\n",
    "\uD840\uDC00",
    "\uD840\uDC01",
    "\uD83D\uDE00",
    "\uF900",
    "\u2F63",
    "㍿",
    "①",
    "㈠",
    "e",
    "\u0301",
    "\uFEFF",
    "\u200B",
    "가",
    "\u1100",
    "\u1161",
    "ｶ",
    "ﾞ",
    "゛",
    "一、",
    "（一）",
    "1.",
    "第三章",
    "´"
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
          assertThat(map.sourceLength()).isEqualTo(source.length());
          int previousStart = 0;
          int previousEnd = 0;
          for (int i = 0; i < map.length(); i++) {
            int start = map.toSourceStart(i);
            int end = map.toSourceEnd(i + 1);
            check(start >= previousStart, source, "start of char " + i + " goes backwards");
            check(end >= previousEnd, source, "end of char " + i + " goes backwards");
            check(start < end, source, "char " + i + " maps to an empty source range");
            check(end <= source.length(), source, "char " + i + " maps past the source");
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
            check(
                normalizer.normalize(piece).text().indexOf(c) >= 0,
                source,
                "char " + i + " not from " + piece);
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
            if (!CharClasses.isCjkLetter(text.codePointAt(i))
                || sharesSourceRange(result, i - 1, i)) continue;
            for (int j = i + 1; j <= text.length() && text.charAt(j - 1) != '\n'; j++) {
              // a span cutting through one source segment (an NFKC expansion such as ㍿ → 株式会社)
              // cannot be
              // re-found from source text
              if (!CharClasses.isCjkLetter(text.codePointBefore(j))
                  || sharesSourceRange(result, j - 1, j)) continue;
              String piece = source.substring(result.sourceStart(i), result.sourceEnd(j));
              assertThat(normalizer.normalize(piece).text())
                  .as("%s span [%d, %d)", describe(source), i, j)
                  .isEqualTo(text.substring(i, j));
            }
          }
        });
  }

  @Test
  void matchTextHasTheLengthOfTextAndDiffersOnlyInHanCharacters() {
    forRandomSources(
        5,
        source -> {
          NormalizedText result = normalizer.normalize(source);
          assertThat(result.matchText()).hasSameSizeAs(result.text());
          for (int i = 0; i < result.text().length(); i++) {
            char c = result.text().charAt(i);
            if (result.matchText().charAt(i) != c)
              check(
                  Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN,
                  source,
                  "folded non-Han " + c);
          }
        });
  }

  @Test
  void sourceOffsetsMapBackToTheFirstCharacterReachingPastThem() {
    forRandomSources(
        6,
        source -> {
          OffsetMap map = normalizer.normalize(source).map();
          for (int i = 0; i < map.length(); i++) {
            int sourceOffset = map.toSourceStart(i);
            int back = map.toNormalized(sourceOffset);
            // i itself, or an earlier character from the same source range (an expansion) or one
            // enclosing it
            check(back <= i, source, "char " + i + " maps back after itself to " + back);
            check(
                map.toSourceStart(back) <= sourceOffset,
                source,
                "char " + back + " starts after " + sourceOffset);
            check(
                map.toSourceEnd(back + 1) > sourceOffset,
                source,
                "char " + back + " ends before " + sourceOffset);
            check(
                back == 0 || map.toSourceEnd(back) <= sourceOffset,
                source,
                "char " + back + " is not the first");
          }
        });
  }

  private static boolean sharesSourceRange(NormalizedText result, int a, int b) {
    if (a < 0 || b >= result.text().length()) return false;
    return result.sourceStart(a) == result.sourceStart(b)
        && result.sourceEnd(a + 1) == result.sourceEnd(b + 1)
        && !Character.isSurrogatePair(result.text().charAt(a), result.text().charAt(b));
  }

  private static void forRandomSources(long seed, Consumer<String> property) {
    Random random = new Random(seed + 31 * SEED);
    for (int n = 0; n < SOURCES_PER_PROPERTY; n++) {
      StringBuilder source = new StringBuilder();
      int tokens = random.nextInt(random.nextInt(10) == 0 ? 120 : 30);
      for (int t = 0; t < tokens; t++) source.append(TOKENS[random.nextInt(TOKENS.length)]);
      property.accept(source.toString());
    }
  }

  private static void check(boolean holds, String source, String what) {
    if (!holds) fail(describe(source) + ": " + what);
  }

  private static String describe(String source) {
    StringBuilder escaped = new StringBuilder("source \"");
    source
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp > 0x7E && (cp < 0x4E00 || cp > 0x9FFF))
                escaped.append(String.format("\\u{%X}", cp));
              else escaped.appendCodePoint(cp);
            });
    return escaped.append('"').toString();
  }
}
