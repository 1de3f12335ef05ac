package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.testdata.TestCorpus;

/**
 * Word 97–2003 binary documents (.doc), from the fixture LibreOffice made of the corpus's Moyu
 * notice.
 */
class TikaTextExtractorLegacyWordTest {

  @Test
  void legacyWordNoticeIsExtractedCompletelyAsItsOwnDocument() throws Exception {
    Path doc = TestCorpus.root().getParent().resolve("fixtures/legacy_word_notice_2019.doc");
    List<ExtractionOutcome> outcomes;
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      outcomes = extractor.extract(doc, "legacy_word_notice_2019.doc");
    }
    assertThat(outcomes).singleElement().isInstanceOf(ExtractionOutcome.Extracted.class);
    ExtractionOutcome.Extracted extracted = (ExtractionOutcome.Extracted) outcomes.get(0);
    assertThat(extracted.partialReason()).isEmpty();
    ExtractedDocument d = extracted.document();
    assertThat(d.mediaType()).isEqualTo("application/msword");
    assertThat(d.pages()).isEmpty();
    assertThat(d.text()).contains("墨人社发〔2019〕12号").contains("赴青岚纺织科技有限公司务工").contains("应转尽转");
    // Paragraphs stay separate lines: the receiving-company clause starts its own line.
    assertThat(d.text().lines()).anySatisfy(l -> assertThat(l).startsWith("二、接收企业和岗位"));
    assertThat(d.metadata().extra()).containsEntry("documentNumber", "墨人社发〔2019〕12号");
  }
}
