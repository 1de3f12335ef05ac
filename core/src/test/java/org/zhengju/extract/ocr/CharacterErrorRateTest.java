package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterErrorRateTest {

  @ParameterizedTest(name = "d({0}, {1}) = {2}")
  @CsvSource({
    "'', '', 0",
    "abc, '', 3",
    "'', abc, 3",
    "kitten, sitting, 3",
    "flaw, lawn, 2",
    "通知, 通知, 0",
    "纺织科技, 纺识科技, 1",
    "青岚纺织, 青纺织, 1",
    "2000元/人, 2000 元/人, 1",
    "有限公司, 公司有限, 4",
    "𠀀a, 𠀁a, 1",
  })
  void distanceCountsInsertionsDeletionsAndSubstitutionsOfCodePoints(
      String a, String b, int expected) {
    assertThat(CharacterErrorRate.distance(a, b)).isEqualTo(expected);
    assertThat(CharacterErrorRate.distance(b, a)).isEqualTo(expected);
  }

  @Test
  void rateIsDistancePerReferenceCharacter() {
    // 10 reference characters, one substitution (织→识) and one deletion (司): 2 / 10.
    assertThat(CharacterErrorRate.of("青岚纺织科技有限公司", "青岚纺识科技有限公")).isCloseTo(0.2, within(1e-12));
    // A hypothesis longer than the reference can exceed 1: 3 insertions on 2 characters.
    assertThat(CharacterErrorRate.of("通知", "通知通知通")).isCloseTo(1.5, within(1e-12));
    // A supplementary ideograph is one character: 1 substitution / 2 characters.
    assertThat(CharacterErrorRate.of("𠀀a", "𠀁a")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void ignoringWhitespaceComparesOnlyVisibleCharacters() {
    assertThat(CharacterErrorRate.ignoringWhitespace("关于\n通知", "关 于 通 知\n")).isZero();
    // 4 visible reference characters, one substitution: 1 / 4.
    assertThat(CharacterErrorRate.ignoringWhitespace("关于\n通知", "关干\n\n通知"))
        .isCloseTo(0.25, within(1e-12));
  }

  @Test
  void rejectsAnEmptyReference() {
    assertThatThrownBy(() -> CharacterErrorRate.of("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> CharacterErrorRate.ignoringWhitespace(" \n", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference");
  }
}
