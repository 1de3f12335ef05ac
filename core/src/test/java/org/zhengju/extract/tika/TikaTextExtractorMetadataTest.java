package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;

/** Citation metadata taken from the document's own fields and from its text. */
class TikaTextExtractorMetadataTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  private DocumentMetadata metadataOf(String name, String content) throws IOException {
    Path file = Fixtures.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, name);
    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    return ((Extracted) outcomes.get(0)).document().metadata();
  }

  @Test
  void chineseNewsPageMetaTagsGiveIssuerAndPublicationTimeInBeijingTime() throws IOException {
    DocumentMetadata metadata =
        metadataOf(
            "news.html",
            "<html><head><meta charset=\"utf-8\"><title>疏勒县劳务输出专列发车</title>"
                + "<meta name=\"author\" content=\"记者 王五\">"
                + "<meta name=\"ContentSource\" content=\"喀什日报\">"
                + "<meta name=\"PubDate\" content=\"2020-03-03 10:15\"></head>"
                + "<body><p>疏勒县组织富余劳动力乘专列赴内地务工。</p></body></html>");

    assertThat(metadata.title()).contains("疏勒县劳务输出专列发车");
    assertThat(metadata.author()).contains("记者 王五");
    assertThat(metadata.extra()).containsEntry("issuer", "喀什日报");
    assertThat(metadata.created()).contains(Instant.parse("2020-03-03T02:15:00Z"));
    assertThat(metadata.language()).contains("zh-Hans");
  }

  @Test
  void issuerStandsInForAMissingAuthorAndADateWithoutTimeIsMidnightBeijing() throws IOException {
    DocumentMetadata metadata =
        metadataOf(
            "notice.html",
            "<html><head><meta charset=\"utf-8\"><title>通知</title>"
                + "<meta name=\"ContentSource\" content=\"自治区人社厅\">"
                + "<meta name=\"PubDate\" content=\"2019/12/31\"></head>"
                + "<body><p>新人社发〔2019〕45号</p><p>各地州市人社局：现将有关事项通知如下。</p></body></html>");

    assertThat(metadata.author()).contains("自治区人社厅");
    assertThat(metadata.created()).contains(Instant.parse("2019-12-30T16:00:00Z"));
    assertThat(metadata.extra()).containsEntry("documentNumber", "新人社发〔2019〕45号");
  }

  @Test
  void unreadablePublicationDateIsLeftOutNotGuessed() throws IOException {
    DocumentMetadata metadata =
        metadataOf(
            "odd.html",
            "<html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"二〇二〇年三月\"></head>"
                + "<body><p>正文内容在这里。正文内容在这里。</p></body></html>");

    assertThat(metadata.created()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ug.txt | ئاقسۇ ۋىلايىتىدىكى ئەمگەك كۈچىنى يۆتكەش خىزمىتى توغرىسىدا ئۇقتۇرۇش | ug",
        "en.txt | The company transferred surplus labour from Hotan to its factories in Anhui. | en",
        "hant.txt | 自治區人力資源和社會保障廳關於做好轉移就業工作的通知 | zh-Hant",
      })
  void plainTextGetsTheLanguageOfItsScript(String name, String text, String language)
      throws IOException {
    assertThat(metadataOf(name, text).language()).contains(language);
  }

  @Test
  void documentWithoutANumberHasNoDocumentNumberEntry() throws IOException {
    assertThat(metadataOf("plain.txt", "关于2020年第16号文件的说明。").extra())
        .doesNotContainKey("documentNumber");
  }
}
