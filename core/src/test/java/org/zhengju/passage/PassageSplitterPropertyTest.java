package org.zhengju.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.normalize.NormalizedText;

/** Invariants of {@link PassageSplitter} over random documents and maximum lengths (fixed seed). */
class PassageSplitterPropertyTest {
  private static final String[] TOKENS = {
    "中",
    "国",
    "勞",
    "動",
    "紡",
    "織",
    "有限公司",
    "。",
    "！",
    "？",
    "；",
    "，",
    "”",
    "（一）",
    "１２",
    "a",
    "b",
    ". ",
    "word ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\uD840\uDC00",
    "㍿"
  };

  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  @Test
  void passagesCoverEveryVisibleCharacterOnceInOrderWithinTheLimit() {
    Random random = new Random(11);
    for (int run = 0; run < 2000; run++) {
      StringBuilder source = new StringBuilder();
      int tokens = random.nextInt(80);
      for (int t = 0; t < tokens; t++) source.append(TOKENS[random.nextInt(TOKENS.length)]);
      int maxChars = 2 + random.nextInt(20);
      ExtractedDocument document =
          new ExtractedDocument(
              "random.txt",
              "0".repeat(64),
              "text/plain",
              source.toString(),
              List.of(),
              DocumentMetadata.EMPTY);
      NormalizedText text = normalizer.normalize(document.text());

      List<Passage> passages = new PassageSplitter(maxChars).split(document, text);

      String context = "source \"" + source + "\" max " + maxChars;
      boolean[] covered = new boolean[text.text().length()];
      int previousNormalizedEnd = 0;
      int previousEnd = 0;
      for (int i = 0; i < passages.size(); i++) {
        Passage p = passages.get(i);
        assertThat(p.ordinal()).as(context).isEqualTo(i);
        assertThat(p.text())
            .as(context)
            .isEqualTo(text.text().substring(p.normalizedStart(), p.normalizedEnd()));
        assertThat(p.text()).as(context).isNotBlank().doesNotContain("\n");
        if (p.text().length()
            > maxChars) // allowed only for one source character expanding past the limit
        assertThat(text.sourceStart(p.normalizedEnd() - 1)).as(context).isEqualTo(p.start());
        assertThat(Character.isWhitespace(p.text().charAt(0))).as(context).isFalse();
        assertThat(Character.isWhitespace(p.text().charAt(p.text().length() - 1)))
            .as(context)
            .isFalse();
        assertThat(p.normalizedStart()).as(context).isGreaterThanOrEqualTo(previousNormalizedEnd);
        assertThat(p.start())
            .as(context)
            .isEqualTo(text.sourceStart(p.normalizedStart()))
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(p.end()).as(context).isEqualTo(text.sourceEnd(p.normalizedEnd()));
        for (int k = p.normalizedStart(); k < p.normalizedEnd(); k++) covered[k] = true;
        previousNormalizedEnd = p.normalizedEnd();
        previousEnd = p.end();
      }
      for (int k = 0; k < covered.length; k++)
        if (!Character.isWhitespace(text.text().charAt(k)))
          assertThat(covered[k]).as(context + " char " + k + " in no passage").isTrue();
    }
  }
}
