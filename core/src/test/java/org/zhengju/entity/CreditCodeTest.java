package org.zhengju.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {
  /**
   * 91653200MA78QL001 + check digit, computed by hand from DOMAIN.md §3.1 (weights 3^i mod 31;
   * M=21, A=10, Q=24, L=20): 9·1 + 1·3 + 6·9 + 5·27 + 3·19 + 2·26 + 0·16 + 0·17 + 21·20 + 10·29 +
   * 7·25 + 8·13 + 24·8 + 20·24 + 0·10 + 0·30 + 1·28 = 1999; 1999 mod 31 = 15; 31 − 15 = 16 → G.
   */
  static final String XINJIANG_VALID = "91653200MA78QL001G";

  @Test
  void acceptsAHandComputedXinjiangCode() {
    assertThat(CreditCode.isValid(XINJIANG_VALID)).isTrue();
    assertThat(CreditCode.isXinjiang(XINJIANG_VALID)).isTrue();
  }

  @Test
  void acceptsTheXpccCodeQuotedInTheDomainNotes() {
    // 1·1+1·3+9·9+9·27+0+0+0+0+0+0+1·25+0+6·8+3·24+1·10+9·30+7·28 = 867; 867 mod 31 = 30; 31−30 =
    // 1.
    assertThat(CreditCode.isValid("119900000106319731")).isTrue();
    assertThat(CreditCode.isXinjiang("119900000106319731")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91653200MA78QL001H",
        "91653200MA78QL0010",
        "91653200MA78QL001",
        "91653200MA78QLO01G",
        "9165320OMA78QL001G",
        "91653200ma78ql001g",
        ""
      })
  void rejectsWrongCheckDigitLengthOrAlphabet(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void xinjiangMeansRegistrarCodeStartingWith65() {
    // 1638 mod 31 = 26 → 31 − 26 = 5: a valid Hangzhou (3301) code.
    assertThat(CreditCode.isValid("91330100MA28QH0015")).isTrue();
    assertThat(CreditCode.isXinjiang("91330100MA28QH0015")).isFalse();
  }
}
