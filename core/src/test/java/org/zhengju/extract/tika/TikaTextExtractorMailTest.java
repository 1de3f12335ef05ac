package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.tika.FormatFixtures.Attachment;

/**
 * Emails: the body is the email's text, each attachment a document of its own linked to the email.
 */
class TikaTextExtractorMailTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  /**
   * A real Outlook message with traditional Chinese text (Apache Tika's test corpus), read in
   * place.
   */
  private static final Path CHINESE_MSG =
      Path.of("/work/shared/data/badinput/tika__testMSG_chinese.msg");

  private static final Map<String, String> MAIL_LINK =
      Map.of(
          "parentSource", "leak/mail.eml",
          "parentSubject", "转移就业名单",
          "parentFrom", "张三 <zhang@example.cn>",
          "parentDate", "2020-03-03T01:15:00Z");

  @TempDir Path dir;

  private byte[] pdf(String text) throws IOException {
    return Files.readAllBytes(Fixtures.simplePdf(dir.resolve("attachment.pdf"), text));
  }

  @Test
  void emailBodyIsTheEmailsTextAndEachAttachmentIsItsOwnDocumentLinkedToTheEmail()
      throws IOException {
    byte[] pdf = pdf("附件：第一批转移就业人员名单。");
    byte[] note = FormatFixtures.utf8("备注：第二批三月出发。");
    byte[] eml =
        FormatFixtures.eml(
            "张三 <zhang@example.cn>",
            "转移就业名单",
            "请查收附件。",
            List.of(
                new Attachment("名单.pdf", "application/pdf", pdf),
                new Attachment("note.txt", "text/plain", note)));
    Path file = Fixtures.write(dir.resolve("mail.eml"), eml);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "leak/mail.eml");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("leak/mail.eml", "leak/mail.eml!/名单.pdf", "leak/mail.eml!/note.txt");
    assertThat(outcomes).allSatisfy(o -> assertThat(((Extracted) o).partialReason()).isEmpty());
    ExtractedDocument mail = Outcomes.extracted(outcomes, "leak/mail.eml").document();
    assertThat(mail.mediaType()).isEqualTo("message/rfc822");
    assertThat(mail.sha256()).isEqualTo(Fixtures.sha256(eml));
    assertThat(mail.text()).isEqualTo("请查收附件。\n");
    assertThat(mail.metadata().title()).contains("转移就业名单");
    assertThat(mail.metadata().author()).contains("张三 <zhang@example.cn>");
    assertThat(mail.metadata().created()).contains(Instant.parse("2020-03-03T01:15:00Z"));
    assertThat(mail.metadata().extra()).doesNotContainKey("parentSource");

    ExtractedDocument attachedPdf =
        Outcomes.extracted(outcomes, "leak/mail.eml!/名单.pdf").document();
    assertThat(attachedPdf.mediaType()).isEqualTo("application/pdf");
    assertThat(attachedPdf.sha256()).isEqualTo(Fixtures.sha256(pdf));
    assertThat(attachedPdf.text()).isEqualTo("附件：第一批转移就业人员名单。\n");
    assertThat(attachedPdf.pages()).hasSize(1);
    assertThat(attachedPdf.metadata().extra())
        .containsAllEntriesOf(MAIL_LINK)
        .containsEntry("pageCount", "1");

    ExtractedDocument attachedNote =
        Outcomes.extracted(outcomes, "leak/mail.eml!/note.txt").document();
    assertThat(attachedNote.sha256()).isEqualTo(Fixtures.sha256(note));
    assertThat(attachedNote.text()).isEqualTo("备注：第二批三月出发。\n");
    assertThat(attachedNote.metadata().extra()).containsAllEntriesOf(MAIL_LINK);
  }

  @Test
  void entryOfAZipAttachmentIsLinkedToTheZipAndKeepsTheEmailsSubject() throws IOException {
    byte[] inner = FormatFixtures.utf8("压缩包里的名单。");
    byte[] zip = Fixtures.zip(Fixtures.entries("list.txt", inner));
    byte[] eml =
        FormatFixtures.eml(
            "张三 <zhang@example.cn>",
            "转移就业名单",
            "见压缩包。",
            List.of(new Attachment("files.zip", "application/zip", zip)));
    Path file = Fixtures.write(dir.resolve("mail.eml"), eml);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "leak/mail.eml");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("leak/mail.eml", "leak/mail.eml!/files.zip!/list.txt");
    ExtractedDocument entry =
        Outcomes.extracted(outcomes, "leak/mail.eml!/files.zip!/list.txt").document();
    assertThat(entry.text()).isEqualTo("压缩包里的名单。\n");
    assertThat(entry.metadata().extra())
        .containsEntry("parentSource", "leak/mail.eml!/files.zip")
        .containsEntry("parentSubject", "转移就业名单");
  }

  @Test
  void plainAndHtmlAlternativesOfTheBodyGiveTheBodyTextOnce() throws IOException {
    String mail =
        "From: hr@example.cn\r\nSubject: notice\r\nDate: Tue, 3 Mar 2020 09:15:00 +0800\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
            + "--alt\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "正文：请组织报名。\r\n"
            + "--alt\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "<html><body><p>正文：请组织报名。</p></body></html>\r\n"
            + "--alt--\r\n";
    Path file =
        Fixtures.write(
            dir.resolve("alt.eml"), mail.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "alt.eml");

    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    assertThat(((Extracted) outcomes.get(0)).document().text()).isEqualTo("正文：请组织报名。\n");
  }

  @Test
  void outlookMessageGivesItsSubjectSenderDatesAndTraditionalChineseLanguage() {
    assumeTrue(
        Files.isReadable(CHINESE_MSG),
        "SKIPPED: " + CHINESE_MSG + " (shared bad-input corpus) is absent");

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(CHINESE_MSG, "mail/chinese.msg");

    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    ExtractedDocument msg = ((Extracted) outcomes.get(0)).document();
    assertThat(msg.mediaType()).isEqualTo("application/vnd.ms-outlook");
    assertThat(msg.metadata().title()).contains("Alfresco MSG format testing ( MSG 格式測試 )");
    assertThat(msg.metadata().author()).contains("Tests Chang@FT (張毓倫)");
    assertThat(msg.metadata().created()).contains(Instant.parse("2011-03-29T08:52:48Z"));
    assertThat(msg.metadata().language()).contains("zh-Hant");
    assertThat(msg.text()).contains("高票當選雲林縣總工會 100 年度模範勞工代表");
  }
}
