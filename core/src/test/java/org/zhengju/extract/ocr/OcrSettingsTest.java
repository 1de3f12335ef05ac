package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrSettingsTest {

  @Test
  void defaultsAreChineseThenEnglishAt300DpiOnePageAtATime() {
    OcrSettings defaults = OcrSettings.defaults();

    assertThat(defaults.languages()).containsExactly("chi_sim", "eng");
    assertThat(defaults.languageArgument()).isEqualTo("chi_sim+eng");
    assertThat(defaults.dpi()).isEqualTo(300);
    assertThat(defaults.threads()).isEqualTo(1);
    assertThat(defaults.maxPagesPerDocument()).isPositive();
    assertThat(defaults.secondsPerPage()).isPositive();
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                |300 |10|60|1|languages must not be empty",
        "chi_sim+eng       |300 |10|60|1|languages must be Tesseract codes",
        "chi_sim,chi_sim   |300 |10|60|1|languages must not repeat",
        "'chi sim'         |300 |10|60|1|languages must be Tesseract codes",
        "chi_sim           |71  |10|60|1|dpi must be in 72..1200: 71",
        "chi_sim           |1201|10|60|1|dpi must be in 72..1200: 1201",
        "chi_sim           |300 |0 |60|1|maxPagesPerDocument must be >= 1: 0",
        "chi_sim           |300 |10|0 |1|secondsPerPage must be >= 1: 0",
        "chi_sim           |300 |10|60|0|threads must be >= 1: 0",
      })
  void rejectsInvalidSettingsNamingTheSetting(
      String languages, int dpi, int maxPages, int seconds, int threads, String message) {
    List<String> codes = languages.isEmpty() ? List.of() : List.of(languages.split(","));

    assertThatThrownBy(() -> new OcrSettings(codes, dpi, maxPages, seconds, threads))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void copiesTheLanguageList() {
    List<String> languages = new ArrayList<>(List.of("chi_sim"));
    OcrSettings settings = new OcrSettings(languages, 300, 10, 60, 1);
    languages.add("eng");

    assertThat(settings.languages()).containsExactly("chi_sim");
  }

  @Test
  void withersChangeOnlyTheirSetting() {
    OcrSettings changed =
        OcrSettings.defaults()
            .withDpi(400)
            .withMaxPagesPerDocument(3)
            .withSecondsPerPage(9)
            .withThreads(2);

    assertThat(changed).isEqualTo(new OcrSettings(List.of("chi_sim", "eng"), 400, 3, 9, 2));
  }
}
