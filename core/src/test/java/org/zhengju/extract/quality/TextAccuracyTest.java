package org.zhengju.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextAccuracyTest {

  @Test
  void identicalTextsUpToWhitespaceAndWidthAreFullyAccurate() {
    assertThat(TextAccuracy.characterAccuracy("关于 组织\n（一）", "关于组织(一)")).isEqualTo(1.0);
    assertThat(TextAccuracy.inOrderShare("关于 组织\n（一）", "关于组织(一)")).isEqualTo(1.0);
  }

  @Test
  void swappedColumnsKeepEveryCharacterButLoseOrder() {
    // Four lines without a character in common: left column 甲…, 己…, right column 子…, 巳…
    String known = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    String interleaved = "甲乙丙丁戊子丑寅卯辰己庚辛壬癸巳午未申酉";
    // The longest common subsequence keeps the first line, one of the two middle lines and the
    // last: 15 of 20.
    assertThat(TextAccuracy.inOrderShare(known, interleaved)).isCloseTo(0.75, within(1e-9));
    assertThat(TextAccuracy.characterAccuracy(known, interleaved)).isLessThan(0.9);
  }

  @Test
  void oneWrongCharacterInTenCostsTenPercent() {
    assertThat(TextAccuracy.characterAccuracy("一二三四五六七八九十", "一二三四五六七八九千"))
        .isCloseTo(0.9, within(1e-9));
    assertThat(TextAccuracy.inOrderShare("一二三四五六七八九十", "一二三四五六七八九千")).isCloseTo(0.9, within(1e-9));
  }
}
