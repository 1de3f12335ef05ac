package org.zhengju.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossRewriterTest {
  private final GlossRewriter rewriter =
      new GlossRewriter(
          g ->
              Map.of(
                      "labour transfer", List.of("劳动力转移", "勞動力轉移"),
                      "labour", List.of("劳动力"),
                      "surplus labour", List.of("富余劳动力"))
                  .getOrDefault(g, List.of()));

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "labour transfer                  | (\"labour transfer\" OR \"劳动力转移\" OR \"勞動力轉移\") ",
        "Labour   Transfer 新疆           | (\"Labour Transfer\" OR \"劳动力转移\" OR \"勞動力轉移\") 新疆",
        "surplus labour transfer          | (\"surplus labour\" OR \"富余劳动力\") transfer ",
        "labour AND 新疆                  | (\"labour\" OR \"劳动力\") AND 新疆",
        "\"labour transfer\"              | (\"labour transfer\" OR \"劳动力转移\" OR \"勞動力轉移\")",
        "\"labour transfer\"~3            | \"labour transfer\"~3",
        "company:\"labour\"               | company:\"labour\"",
        "(labour OR 棉)                   | ((\"labour\" OR \"劳动力\") OR 棉)",
        "cotton NOT 新疆                  | cotton NOT 新疆",
        "新疆 补贴                        | 新疆 补贴",
      })
  void replacesTheLongestGlossesWithAGroupOfTheirTerms(String query, String expected) {
    assertThat(rewriter.rewrite(query.strip())).isEqualTo(expected.stripLeading());
  }
}
