package org.zhengju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.evidence.Grade;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.testdata.TestCorpus;

/**
 * The done-when, end to end: the scanned red-header notice of the corpus (no text layer)
 * yields, through OCR and the rule-based pipeline, the receiving company linked at grade A with a
 * quote cited to page 2.
 */
class ScannedNoticeLinkTest {

  private static final String SCAN = "notices/luopu_transfer_notice_2019_scan.pdf";

  @BeforeAll
  static void tesseractIsInstalled() {
    try (TikaTextExtractor probe =
        new TikaTextExtractor(ExtractionSettings.defaults().withOcr(OcrSettings.defaults()))) {
      assumeTrue(
          probe.ocrUnavailableReason().isEmpty(),
          () ->
              "SKIPPED: the scanned notice needs Tesseract: "
                  + probe.ocrUnavailableReason().orElse(""));
    }
  }

  @Test
  void scannedNoticeLinksTheReceivingCompanyWithAQuoteOnPageTwo() throws Exception {
    CorpusRun run = CorpusRun.rulesOnly(TestCorpus.file(SCAN).getParent());

    CompanyProfile company =
        run.companies().stream().filter(c -> c.name().equals("锦程鞋业有限公司")).findFirst().orElseThrow();
    List<EvidenceItem> fromScan =
        company.evidence().stream().filter(e -> e.source().endsWith(".pdf")).toList();
    assertThat(company.grade()).isEqualTo(Grade.A);
    assertThat(fromScan)
        .isNotEmpty()
        .allSatisfy(
            item -> {
              assertThat(item.page()).contains(2);
              assertThat(item.quote()).contains("锦程鞋业有限公司");
            });
  }
}
