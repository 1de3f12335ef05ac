package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.document.PageSpan;
import org.zhengju.document.TextSpan;

class BoilerplateLinesTest {

  /** Builds a text from page texts, one PageSpan each. */
  private record Paged(String text, List<PageSpan> pages) {
    static Paged of(String... pageTexts) {
      StringBuilder text = new StringBuilder();
      List<PageSpan> pages = new ArrayList<>();
      for (String page : pageTexts) {
        int start = text.length();
        text.append(page);
        pages.add(new PageSpan(pages.size() + 1, start, text.length()));
      }
      return new Paged(text.toString(), pages);
    }

    List<String> found() {
      return BoilerplateLines.find(text, pages).stream()
          .map(s -> text.substring(s.start(), s.end()))
          .toList();
    }
  }

  @Test
  void headerRepeatedOnThreePagesIsFoundWithItsOffsets() {
    Paged doc =
        Paged.of(
            "某某公司2019年年度报告\n第一节 释义\n正文一\n",
            "某某公司2019年年度报告\n第二节 概况\n正文二\n",
            "某某公司2019年年度报告\n第三节 讨论\n正文三\n");

    List<TextSpan> spans = BoilerplateLines.find(doc.text(), doc.pages());

    int second = doc.pages().get(1).start();
    assertThat(spans)
        .containsExactly(
            new TextSpan(0, 13),
            new TextSpan(second, second + 13),
            new TextSpan(doc.pages().get(2).start(), doc.pages().get(2).start() + 13));
  }

  @Test
  void footerWithChangingPageNumberCountsAsTheSameLine() {
    Paged doc =
        Paged.of(
            "标题甲\n正文一\n年度报告 第 1 页 共 3 页\n",
            "标题乙\n正文二\n年度报告 第 2 页 共 3 页\n",
            "标题丙\n正文三\n年度报告 第 3 页 共 3 页\n");

    assertThat(doc.found())
        .containsExactly("年度报告 第 1 页 共 3 页", "年度报告 第 2 页 共 3 页", "年度报告 第 3 页 共 3 页");
  }

  @Test
  void linesOnOnlyOneOfFourPagesStay() {
    Paged doc = Paged.of("封面标题\n正文一\n", "第二页标题\n正文二\n", "第三页标题\n正文三\n", "第四页标题\n正文四\n");

    assertThat(doc.found()).isEmpty();
  }

  @Test
  void aLineInTheMiddleOfAPageIsNotACandidateEvenIfItRepeats() {
    Paged doc = Paged.of("甲\n乙\n重复的句子\n丙\n丁\n", "戊\n己\n重复的句子\n庚\n辛\n", "壬\n癸\n重复的句子\n子\n丑\n");

    assertThat(doc.found()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3",
        "- 3 -",
        "— 3 —",
        "－3－",
        "第 3 页",
        "第3页 共10页",
        "共10页 第3页",
        "3/10",
        "Page 3 of 10",
        "一 3 一"
      })
  void pageNumberLinesAreFoundEvenOnASinglePage(String line) {
    Paged doc = Paged.of("正文第一行\n正文第二行\n正文第三行\n" + line + "\n");

    assertThat(doc.found()).containsExactly(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2019年", "第3节", "共3人", "3.5%", "一、总则"})
  void linesThatOnlyContainANumberAreNotPageNumbers(String line) {
    Paged doc = Paged.of("正文第一行\n正文第二行\n正文第三行\n" + line + "\n");

    assertThat(doc.found()).isEmpty();
  }
}
