package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.testdata.TestCorpus;

/**
 * The email and the web capture of the bundled corpus: each attachment and each captured page is a
 * document of its own, named under its container and linked to it with the fields a citation needs.
 */
class CorpusCaptureExtractionTest {

  private static final String MAIL = "mail/yutian_hr_forward_2020.eml";
  private static final String ATTACHMENT = MAIL + "!/第二批转移就业通知.pdf";
  private static final String WARC = "web/minfeng_news_capture_2021.warc.gz";
  private static final String SENDOFF_URL =
      "http://www.niyazhisheng.example/xwzx/2021-04/13/content_3107.html";
  private static final String TREES_URL =
      "http://www.niyazhisheng.example/xwzx/2021-04/13/content_3108.html";

  private static List<ExtractionOutcome> extract(String source) throws IOException {
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      return extractor.extract(TestCorpus.file(source), source);
    }
  }

  @Test
  void forwardedNoticeIsAnAttachmentDocumentLinkedToItsEmail() throws IOException {
    List<ExtractionOutcome> outcomes = extract(MAIL);

    assertThat(outcomes).extracting(ExtractionOutcome::source).containsExactly(MAIL, ATTACHMENT);
    ExtractedDocument mail = Outcomes.extracted(outcomes, MAIL).document();
    assertThat(mail.mediaType()).isEqualTo("message/rfc822");
    // GB18030 body and RFC 2047 subject decoded
    assertThat(mail.text()).startsWith("各乡（镇）劳动保障所：").contains("于人社发〔2020〕5号").doesNotContain("闽溪");
    assertThat(mail.metadata().title()).contains("转发：关于组织第二批农村富余劳动力转移就业的通知");
    assertThat(mail.metadata().created()).contains(Instant.parse("2020-03-09T02:24:00Z"));

    ExtractedDocument pdf = Outcomes.extracted(outcomes, ATTACHMENT).document();
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.pages()).hasSize(1);
    assertThat(pdf.text()).contains("县人社局组织第二批富余劳动力120人赴闽溪鞋服有限公司务工");
    assertThat(pdf.metadata().title()).contains("关于组织第二批农村富余劳动力转移就业的通知");
    assertThat(pdf.metadata().extra())
        .containsEntry("parentSource", MAIL)
        .containsEntry("parentSubject", "转发：关于组织第二批农村富余劳动力转移就业的通知")
        .containsEntry("parentDate", "2020-03-09T02:24:00Z")
        .containsEntry("documentNumber", "于人社发〔2020〕5号");
    assertThat(pdf.metadata().extra().get("parentFrom"))
        .contains("赵丽")
        .contains("zhaoli@yutian-jyj.example");
  }

  @Test
  void eachCapturedPageIsADocumentNamedByUrlWithItsCaptureTime() throws IOException {
    List<ExtractionOutcome> outcomes = extract(WARC);

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly(WARC + "!/" + SENDOFF_URL, WARC + "!/" + TREES_URL);
    ExtractedDocument sendoff = Outcomes.extracted(outcomes, WARC + "!/" + SENDOFF_URL).document();
    assertThat(sendoff.mediaType()).isEqualTo("text/html");
    // GBK declared only in the page's meta tag, not in the HTTP header
    assertThat(sendoff.text()).contains("98名农村富余劳动力将乘坐包车赴湘岳服饰有限公司务工");
    assertThat(sendoff.metadata().title()).contains("民丰县举行2021年第一批农村富余劳动力转移就业欢送仪式_尼雅之声网");
    assertThat(sendoff.metadata().language()).contains("zh-Hans");
    assertThat(sendoff.metadata().extra())
        .containsEntry("parentSource", WARC)
        .containsEntry("url", SENDOFF_URL)
        .containsEntry("captureTime", "2021-04-13T03:20:11Z");

    ExtractedDocument trees = Outcomes.extracted(outcomes, WARC + "!/" + TREES_URL).document();
    assertThat(trees.text()).contains("开展春季义务植树活动").doesNotContain("湘岳");
    assertThat(trees.metadata().extra())
        .containsEntry("parentSource", WARC)
        .containsEntry("url", TREES_URL)
        .containsEntry("captureTime", "2021-04-13T03:20:14Z");
  }
}
