package org.zhengju.extract.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CjkSpaceRemoverTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("between ideographs", "关 于 组 织", "关于组织"),
        Arguments.of("several spaces and a tab", "关  于\t组", "关于组"),
        Arguments.of("ideograph and Chinese punctuation", "公 司 ： 现 将 如 下 。", "公司：现将如下。"),
        Arguments.of("full-width brackets", "（ 一 ） 总 则", "（一）总则"),
        Arguments.of("curly quotes next to Chinese", "“ 访 惠 聚 ” 工 作 队", "“访惠聚”工作队"),
        Arguments.of("number and unit", "2000 元 / 人", "2000元/人"),
        Arguments.of("date", "2021 年 3 月 5 日", "2021年3月5日"),
        Arguments.of("Latin word next to Chinese keeps its space", "使 用 OCR 识 别", "使用 OCR 识别"),
        Arguments.of("Latin words keep their spaces", "Annual report 2020", "Annual report 2020"),
        Arguments.of("numbers keep their spaces", "12 345 6.7", "12 345 6.7"),
        Arguments.of("ASCII punctuation between Latin words", "Ltd. , Co", "Ltd. , Co"),
        Arguments.of("line breaks stay", "关 于\n组 织\r\n通 知", "关于\n组织\r\n通知"),
        Arguments.of("leading indentation stays", "  关 于", "  关于"),
        Arguments.of("trailing spaces stay", "关 于  ", "关于  "),
        Arguments.of("space before a line break stays", "关 \n于", "关 \n于"),
        Arguments.of("supplementary ideographs", "𠀀 𠀁", "𠀀𠀁"),
        Arguments.of("empty", "", ""),
        Arguments.of("ideographic space is not touched", "关　于", "关　于"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void removesSpacesBetweenChineseCharactersOnly(
      String description, String input, String expected) {
    assertThat(CjkSpaceRemover.removeSpaces(input)).isEqualTo(expected);
  }

  @Test
  void onlyDeletesSpacesAndTabsAndKeepsEveryLine() {
    String alphabet = "关于组织。，：（）“”2019aZ. /\n\t ";
    Random random = new Random(20261129L);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++)
        input.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String output = CjkSpaceRemover.removeSpaces(input.toString());

      assertThat(output.replaceAll("[ \t]", ""))
          .as("input %s", input)
          .isEqualTo(input.toString().replaceAll("[ \t]", ""));
      assertThat(output.split("\n", -1))
          .as("input %s", input)
          .hasSameSizeAs(input.toString().split("\n", -1));
      assertThat(CjkSpaceRemover.removeSpaces(output))
          .as("idempotent on %s", input)
          .isEqualTo(output);
    }
  }
}
