package org.zhengju.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.index.internal.SnippetBuilder.Span;

class SnippetBuilderTest {
  private static final String LONG = "甲".repeat(300);

  @Test
  void wrapsSpansAndEscapesTheRest() {
    assertThat(SnippetBuilder.snippet("a<b>新疆&\"补贴'", List.of(new Span(4, 6), new Span(8, 10))))
        .isEqualTo("a&lt;b&gt;<em>新疆</em>&amp;&quot;<em>补贴</em>&#39;");
  }

  @Test
  void keepsFortyCharactersBeforeAMatchInTheMiddle() {
    String snippet = SnippetBuilder.snippet(LONG, List.of(new Span(100, 102)));
    assertThat(snippet).isEqualTo("…" + "甲".repeat(40) + "<em>甲甲</em>" + "甲".repeat(158) + "…");
  }

  @Test
  void givesAFullLengthSnippetWhenTheMatchIsNearTheEnd() {
    String snippet = SnippetBuilder.snippet(LONG, List.of(new Span(298, 300)));
    assertThat(snippet).isEqualTo("…" + "甲".repeat(198) + "<em>甲甲</em>");
  }

  @Test
  void startsAtTheBeginningWithoutMatches() {
    assertThat(SnippetBuilder.snippet(LONG, List.of())).isEqualTo("甲".repeat(200) + "…");
  }

  @Test
  void neverCutsASurrogatePair() {
    String text = "a" + "𠀀".repeat(150); // unit 199 is the high half of a pair
    String snippet = SnippetBuilder.snippet(text, List.of());
    assertThat(snippet).isEqualTo("a" + "𠀀".repeat(99) + "…");
  }
}
