package org.zhengju.lexicon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSpellingTest {

  @ParameterizedTest
  @CsvSource({
    "labour transfer, labor transfer",
    "surplus labourers, surplus laborers",
    "training centre, training center",
    "labour transfer programme, labor transfer program",
    "organised transfer, organized transfer",
    "job stabilisation subsidy, job stabilization subsidy",
    "laboratory, laboratory",
    "organism, organism"
  })
  void convertsBritishToAmerican(String british, String american) {
    assertThat(EnglishSpelling.toAmerican(british)).isEqualTo(american);
  }

  @ParameterizedTest
  @CsvSource({
    "labor transfer, labour transfer",
    "training centers, training centres",
    "labor transfer program, labour transfer programme",
    "centralized transfer, centralised transfer",
    "laboratory, laboratory",
    "programmer, programmer"
  })
  void convertsAmericanToBritish(String american, String british) {
    assertThat(EnglishSpelling.toBritish(american)).isEqualTo(british);
  }

  @Test
  void keyIgnoresCaseWhitespaceAndSpelling() {
    assertThat(EnglishSpelling.key("  Labour \t  Transfer ")).isEqualTo("labor transfer");
  }
}
