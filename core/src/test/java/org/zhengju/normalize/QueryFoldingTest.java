package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryFoldingTest {
  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"新疆 补贴\"~10|\"新疆 补贴\"~10",
        "勞動力轉移 AND 和田|劳动力转移 AND 和田",
        "company:\"青嵐紡織\"|company:\"青岚纺织\"",
        "２０１９年 ＮＯＴ 補貼|2019年 NOT 补贴",
        "labour  transfer|labour  transfer"
      })
  void foldsScriptAndWidthButKeepsSpacesBetweenChineseWords(String query, String folded) {
    assertThat(normalizer.foldQuery(query)).isEqualTo(folded);
  }
}
