package org.zhengju.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "一百二十, 120",
    "两万, 20000",
    "二百, 200",
    "十二, 12",
    "十万, 100000",
    "一千零五, 1005",
    "两万五千, 25000",
    "二〇一九, 2019",
    "壹仟贰佰叁拾肆, 1234",
    "一亿二千万, 120000000",
    "萬, 10000",
    "兩萬, 20000",
    "1.2万, 12000",
    "247.6万, 2476000",
    "'1,234,567.00', 1234567",
    "'1,234.50', 1234.5",
    "１２３, 123",
    "2.6万亿, 2600000000000",
    "3千, 3000",
    "47238, 47238"
  })
  void parsesNumbers(String written, String expected) {
    assertThat(ChineseNumerals.parse(written))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "1,23", "三四百", "1.2.3", "万x", "12a"})
  void rejectsNonNumbers(String written) {
    assertThat(ChineseNumerals.parse(written)).isEmpty();
  }
}
