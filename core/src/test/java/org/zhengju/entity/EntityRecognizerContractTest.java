package org.zhengju.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengju.evidence.Fixture;
import org.zhengju.passage.Passage;

/**
 * What every registered {@link EntityRecognizer} must do, run against each implementation found.
 */
class EntityRecognizerContractTest {
  private static final List<Fixture> TEXTS =
      List.of(
          Fixture.of("墨玉县人力资源和社会保障局组织富余劳动力赴青岚纺织科技有限公司务工。\n\n青岚纺织科技有限公司（以下简称“青岚纺织”）成立于2010年。"),
          Fixture.traditional("赴青嵐紡織集團有限公司務工。", "赴青岚纺织集团有限公司务工。"),
          Fixture.indented(
              "\u3000\u3000",
              "释义\n公司、本公司 指 白杨食品有限公司\n\nQinglan Textile Technology Co., Ltd. opened."),
          Fixture.of(""),
          Fixture.of("没有任何公司名称的句子。"));

  static Stream<Arguments> cases() {
    return ServiceLoader.load(EntityRecognizer.class).stream()
        .flatMap(p -> TEXTS.stream().map(t -> Arguments.of(p.get().name(), t)));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("cases")
  void mentionsAreOrderedInsidePassagesAndQuoteTheirText(String name, Fixture f) {
    EntityRecognizer recognizer =
        ServiceLoader.load(EntityRecognizer.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(r -> r.name().equals(name))
            .findFirst()
            .orElseThrow();
    List<Passage> passages = f.passages();
    List<Mention> mentions = recognizer.recognize(f.text(), passages);
    String source = f.document().text();
    for (Mention m : mentions) {
      assertThat(m.recognizer()).isEqualTo(name);
      assertThat(f.text().text().substring(m.normalizedStart(), m.normalizedEnd()))
          .isEqualTo(m.text());
      assertThat(m.start()).isEqualTo(f.text().sourceStart(m.normalizedStart()));
      assertThat(m.end()).isEqualTo(f.text().sourceEnd(m.normalizedEnd()));
      assertThat(source.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(passages)
          .anyMatch(p -> p.containsNormalized(m.normalizedStart(), m.normalizedEnd()));
    }
    assertThat(mentions)
        .isSortedAccordingTo((a, b) -> Integer.compare(a.normalizedStart(), b.normalizedStart()));
    assertThat(recognizer.recognize(f.text(), passages)).isEqualTo(mentions);
    recognizer.close();
  }
}
