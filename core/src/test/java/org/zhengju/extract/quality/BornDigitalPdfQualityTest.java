package org.zhengju.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.testdata.TestCorpus;

/**
 * Born-digital PDFs of the test corpus come out with at least 99.5% of their characters right and
 * in reading order, measured against the strings the generator laid out (see {@link TextAccuracy}).
 */
class BornDigitalPdfQualityTest {

  static List<String> bornDigital() throws IOException {
    return CorpusPdfs.bornDigital();
  }

  @Test
  void everyGeneratedPdfIsMeasured() throws IOException {
    assertThat(bornDigital())
        .contains(
            "reports/qinglan_bond_annual_report_2019_excerpt.pdf",
            "mail/yutian_hr_forward_2020.eml!/第二批转移就业通知.pdf")
        .hasSizeGreaterThan(3);
  }

  @ParameterizedTest
  @MethodSource("bornDigital")
  void charactersComeOutRightAndInReadingOrder(String source) throws IOException {
    String known = TestCorpus.groundTruth(source).orElseThrow();
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      ExtractionOutcome.Extracted extracted =
          (ExtractionOutcome.Extracted) CorpusPdfs.extract(extractor, source);
      String text = extracted.document().text();
      assertThat(TextAccuracy.characterAccuracy(known, text))
          .as("character accuracy of %s", source)
          .isGreaterThanOrEqualTo(0.995);
      assertThat(TextAccuracy.inOrderShare(known, text))
          .as("characters in reading order in %s", source)
          .isGreaterThanOrEqualTo(0.995);
    }
  }
}
