package org.zhengju.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.zhengju.extract.ocr.OcrSettings;

class ExtractionSettingsTest {

  @Test
  void defaultsKeepTwentyMillionCharactersAndFiveLevels() {
    ExtractionSettings defaults = ExtractionSettings.defaults();

    assertThat(defaults.maxCharacters()).isEqualTo(20_000_000);
    assertThat(defaults.maxEmbeddedDepth()).isEqualTo(5);
    assertThat(defaults.maxEmbeddedCount()).isEqualTo(10_000);
    assertThat(defaults.maxFileBytes()).isEqualTo(512L * 1024 * 1024);
  }

  @Test
  void rejectsLimitsThatCouldReadNothingNamingTheSetting() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractionSettings.defaults().withMaxCharacters(0))
        .withMessageContaining("maxCharacters");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractionSettings.defaults().withMaxEmbeddedDepth(-1))
        .withMessageContaining("maxEmbeddedDepth");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractionSettings.defaults().withMaxEmbeddedCount(-1))
        .withMessageContaining("maxEmbeddedCount");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractionSettings.defaults().withMaxFileBytes(0))
        .withMessageContaining("maxFileBytes");
  }

  @Test
  void withersChangeOnlyTheirOwnSetting() {
    ExtractionSettings changed = ExtractionSettings.defaults().withMaxEmbeddedDepth(2);

    assertThat(changed)
        .isEqualTo(new ExtractionSettings(20_000_000, 2, 10_000, 512L * 1024 * 1024));
  }

  @Test
  void ocrIsOffByDefaultAndOnlyOnWhenAskedFor() {
    assertThat(ExtractionSettings.defaults().ocr()).isEmpty();
    assertThat(new ExtractionSettings(1, 1, 1, 1).ocr()).isEmpty();

    ExtractionSettings withOcr =
        ExtractionSettings.defaults().withOcr(OcrSettings.defaults().withDpi(400));

    assertThat(withOcr.ocr()).contains(OcrSettings.defaults().withDpi(400));
    assertThat(withOcr.withMaxCharacters(5).ocr()).isEqualTo(withOcr.ocr());
    assertThat(withOcr.withoutOcr()).isEqualTo(ExtractionSettings.defaults());
  }
}
