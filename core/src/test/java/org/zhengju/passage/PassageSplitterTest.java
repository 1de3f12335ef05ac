package org.zhengju.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.normalize.NormalizedText;

class PassageSplitterTest {
  private static final String SHA = "0".repeat(64);
  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  @Test
  void givesEachPassageThePageOfItsStart() {
    // 第一页内容。 [0,6) \n 第二页开始。 [7,13) \n 第三段。 [14,18)
    String source = "第一页内容。\n第二页开始。\n第三段。";
    ExtractedDocument document =
        document(
            source,
            List.of(new PageSpan(1, 0, 7), new PageSpan(2, 7, 14), new PageSpan(3, 14, 18)));

    List<Passage> passages = split(new PassageSplitter(), document);

    assertThat(passages)
        .containsExactly(
            new Passage(0, 0, 6, 0, 6, Optional.of(1), "第一页内容。"),
            new Passage(1, 7, 13, 7, 13, Optional.of(2), "第二页开始。"),
            new Passage(2, 14, 18, 14, 18, Optional.of(3), "第三段。"));
  }

  @Test
  void mapsPassagesOfJoinedLinesBackToTheirSourceRange() {
    // "  第一页\n内容。\n\n第二页。": 第 at 2, 。 at 8, blank line, 第 at 11, 。 at 14
    String source = "  第一页\n内容。\n\n第二页。";
    ExtractedDocument document =
        document(source, List.of(new PageSpan(1, 0, 10), new PageSpan(2, 10, 15)));

    List<Passage> passages = split(new PassageSplitter(), document);

    assertThat(passages)
        .containsExactly(
            new Passage(0, 2, 9, 0, 6, Optional.of(1), "第一页内容。"),
            new Passage(1, 11, 15, 7, 11, Optional.of(2), "第二页。"));
    assertThat(source.substring(2, 9)).isEqualTo("第一页\n内容。");
  }

  @Test
  void splitsLongParagraphsAfterTheLastSentenceEndThatFits() {
    // 标题： [0,3) \n; paragraph from 4: 一二三。 [4,8) 四五六七八。 [8,14) 九十 [14,16)
    String source = "标题：\n一二三。四五六七八。九十";
    ExtractedDocument document = document(source, List.of());

    List<Passage> passages = split(new PassageSplitter(6), document);

    assertThat(passages)
        .containsExactly(
            new Passage(0, 0, 3, 0, 3, Optional.empty(), "标题："),
            new Passage(1, 4, 8, 4, 8, Optional.empty(), "一二三。"),
            new Passage(2, 8, 14, 8, 14, Optional.empty(), "四五六七八。"),
            new Passage(3, 14, 16, 14, 16, Optional.empty(), "九十"));
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    String source = "他说：“好。”再见。";

    List<Passage> passages = split(new PassageSplitter(8), document(source, List.of()));

    assertThat(passages).extracting(Passage::text).containsExactly("他说：“好。”", "再见。");
    assertThat(passages).extracting(Passage::start).containsExactly(0, 7);
    assertThat(passages).extracting(Passage::end).containsExactly(7, 10);
  }

  @Test
  void splitsEnglishAtFullStopsFollowedByASpace() {
    String source = "One. Two. Three.";

    List<Passage> passages = split(new PassageSplitter(10), document(source, List.of()));

    assertThat(passages).extracting(Passage::text).containsExactly("One. Two.", "Three.");
    assertThat(passages).extracting(Passage::normalizedStart).containsExactly(0, 10);
    assertThat(passages).extracting(Passage::normalizedEnd).containsExactly(9, 16);
  }

  @Test
  void cutsHardAtTheLimitWhenNoSentenceEnds() {
    List<Passage> passages = split(new PassageSplitter(4), document("一二三四五六七八九十", List.of()));

    assertThat(passages).extracting(Passage::text).containsExactly("一二三四", "五六七八", "九十");
    assertThat(passages).extracting(Passage::start).containsExactly(0, 4, 8);
    assertThat(passages).extracting(Passage::end).containsExactly(4, 8, 10);
  }

  @Test
  void neverCutsASurrogatePair() {
    String source = "\uD840\uDC00\uD840\uDC01\uD840\uDC02";

    List<Passage> passages = split(new PassageSplitter(3), document(source, List.of()));

    assertThat(passages).extracting(Passage::start).containsExactly(0, 2, 4);
    assertThat(passages).extracting(Passage::end).containsExactly(2, 4, 6);
  }

  @Test
  void keepsTheExpansionOfOneSourceCharacterInOnePassage() {
    // ㍿ expands to 株式会社 (4 characters from source [0,1)); pieces may not share a source character
    List<Passage> passages = split(new PassageSplitter(3), document("㍿中国人", List.of()));

    assertThat(passages).extracting(Passage::text).containsExactly("株式会社", "中国人");
    assertThat(passages).extracting(Passage::start).containsExactly(0, 1);
    assertThat(passages).extracting(Passage::end).containsExactly(1, 4);
  }

  @Test
  void makesEachTableRowItsOwnPassage() {
    // rows at [0,5), [6,12), [13,19)
    String source = "名称\t数量\n棉花\t100\n小麦\t200";

    List<Passage> passages = split(new PassageSplitter(), document(source, List.of()));

    assertThat(passages).extracting(Passage::text).containsExactly("名称\t数量", "棉花\t100", "小麦\t200");
    assertThat(passages).extracting(Passage::start).containsExactly(0, 6, 13);
    assertThat(passages).extracting(Passage::end).containsExactly(5, 12, 19);
  }

  @Test
  void givesBlankLinesNoPassageAndNumbersPassagesInOrder() {
    String source = "\n\n一、工作回顾\n\n\n过去一年。\n \n";

    List<Passage> passages = split(new PassageSplitter(), document(source, List.of()));

    assertThat(passages).extracting(Passage::ordinal).containsExactly(0, 1);
    assertThat(passages).extracting(Passage::text).containsExactly("一、工作回顾", "过去一年。");
    assertThat(passages).extracting(Passage::start).containsExactly(2, 11);
    assertThat(passages).extracting(Passage::end).containsExactly(8, 16);
  }

  @Test
  void passageTextIsTheNormalizedSpanAndItsSourceRenormalizesToIt() {
    String source = "新疆維吾爾自治區\n勞動力轉移 ２０００人。\n\n（一）紡織\t集團\nＸＸ有限公司招收工人。他們來自南疆。";
    ExtractedDocument document =
        document(source, List.of(new PageSpan(1, 0, 24), new PageSpan(2, 24, 50)));
    NormalizedText text = normalizer.normalize(source);

    List<Passage> passages = new PassageSplitter(12).split(document, text);

    assertThat(passages).extracting(Passage::start).containsExactly(0, 13, 23, 32, 43);
    assertThat(passages)
        .extracting(Passage::page)
        .containsExactly(
            Optional.of(1), Optional.of(1), Optional.of(1), Optional.of(2), Optional.of(2));
    for (Passage passage : passages) {
      assertThat(passage.text())
          .isEqualTo(text.text().substring(passage.normalizedStart(), passage.normalizedEnd()));
      assertThat(normalizer.normalize(source.substring(passage.start(), passage.end())).text())
          .isEqualTo(passage.text());
      assertThat(passage.page()).isEqualTo(document.pageAt(passage.start()));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void rejectsAMaximumTooSmallForASurrogatePair(int maxChars) {
    assertThatThrownBy(() -> new PassageSplitter(maxChars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChars");
  }

  @Test
  void rejectsTextNormalizedFromAnotherDocument() {
    ExtractedDocument document = document("一二三", List.of());

    assertThatThrownBy(() -> new PassageSplitter().split(document, normalizer.normalize("一二")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("normalized from 2");
  }

  private List<Passage> split(PassageSplitter splitter, ExtractedDocument document) {
    return splitter.split(document, normalizer.normalize(document.text()));
  }

  private static ExtractedDocument document(String text, List<PageSpan> pages) {
    return new ExtractedDocument(
        "test.txt", SHA, "text/plain", text, pages, DocumentMetadata.EMPTY);
  }
}
