package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;

/**
 * Office formats beyond DOCX/XLSX, RTF, ODT, CSV and saved web pages: one document each, exact
 * text.
 */
class TikaTextExtractorFormatsTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  private ExtractedDocument extractOne(byte[] bytes, String name) throws IOException {
    Path file = Fixtures.write(dir.resolve(name), bytes);
    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "in/" + name);
    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    assertThat(((Extracted) outcomes.get(0)).partialReason()).isEmpty();
    ExtractedDocument document = ((Extracted) outcomes.get(0)).document();
    assertThat(document.source()).isEqualTo("in/" + name);
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(bytes));
    return document;
  }

  @Test
  void xlsGivesEverySheetNameThenOneTabSeparatedLinePerRow() throws IOException {
    ExtractedDocument document = extractOne(FormatFixtures.xls(), "quota.xls");

    assertThat(document.mediaType()).isEqualTo("application/vnd.ms-excel");
    assertThat(document.text()).isEqualTo("转移就业\n县市\t人数\t去向\n疏附县\t300\t江苏\n培训\n国语培训\t三个月\n");
    assertThat(document.metadata().title()).contains("转移就业统计");
    assertThat(document.metadata().author()).contains("喀什地区人社局");
    assertThat(document.metadata().language()).contains("zh-Hans");
  }

  @ParameterizedTest
  @ValueSource(strings = {"slides.ppt", "slides.pptx"})
  void presentationsGiveTheTextOfEachSlideInOrder(String name) throws IOException {
    byte[] bytes =
        name.endsWith("x")
            ? FormatFixtures.pptx("第一张：转移就业", "第二张：稳岗补贴")
            : FormatFixtures.ppt("第一张：转移就业", "第二张：稳岗补贴");

    ExtractedDocument document = extractOne(bytes, name);

    assertThat(document.mediaType())
        .isEqualTo(
            name.endsWith("x")
                ? "application/vnd.openxmlformats-officedocument.presentationml.presentation"
                : "application/vnd.ms-powerpoint");
    assertThat(document.text()).isEqualTo("第一张：转移就业\n第二张：稳岗补贴\n");
  }

  @Test
  void rtfParagraphsBecomeLinesAndTheDocumentNumberIsFound() throws IOException {
    ExtractedDocument document =
        extractOne(FormatFixtures.rtf("新政发〔2020〕16号", "关于做好转移就业工作的通知"), "notice.rtf");

    assertThat(document.mediaType()).isEqualTo("application/rtf");
    assertThat(document.text()).isEqualTo("新政发〔2020〕16号\n关于做好转移就业工作的通知\n");
    assertThat(document.metadata().extra()).containsEntry("documentNumber", "新政发〔2020〕16号");
    assertThat(document.metadata().language()).contains("zh-Hans");
  }

  @Test
  void odtParagraphsBecomeLinesAndItsTitleIsKept() throws IOException {
    ExtractedDocument document =
        extractOne(FormatFixtures.odt("转移就业方案", "第一段：组织劳务输出。", "第二段：落实稳岗补贴。"), "plan.odt");

    assertThat(document.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(document.text()).isEqualTo("第一段：组织劳务输出。\n第二段：落实稳岗补贴。\n");
    assertThat(document.metadata().title()).contains("转移就业方案");
  }

  @Test
  void gbkCsvRowsBecomeLinesWithTabSeparatedCellsAndQuotedCommasStayInTheirCell()
      throws IOException {
    byte[] bytes = "县市,人数,去向\r\n疏附县,300,江苏\r\n伽师县,120,\"广东,深圳\"\r\n".getBytes(FormatFixtures.GBK);

    ExtractedDocument document = extractOne(bytes, "quota.csv");

    assertThat(document.mediaType()).isEqualTo("text/csv");
    assertThat(document.text()).isEqualTo("县市\t人数\t去向\n疏附县\t300\t江苏\n伽师县\t120\t广东,深圳\n");
    assertThat(document.metadata().extra()).containsEntry("charset", "GB18030");
  }

  @Test
  void csvCellWithALineBreakKeepsItsRecordOnOneLine() throws IOException {
    byte[] bytes = "项目,金额\n\"稳岗\n补贴\",1234567.00\n".getBytes(StandardCharsets.UTF_8);

    ExtractedDocument document = extractOne(bytes, "grants.csv");

    assertThat(document.text()).isEqualTo("项目\t金额\n稳岗 补贴\t1234567.00\n");
  }

  @Test
  void savedMhtmlPageIsOneDocumentWhoseTextIsThePageBody() throws IOException {
    byte[] bytes =
        FormatFixtures.mhtml(
            "http://www.xj.gov.cn/news/1.html",
            "<html><head><title>页面标题</title></head><body><p>第一段：劳务输出。</p>"
                + "<div>第二段：稳岗补贴。</div></body></html>");

    ExtractedDocument document = extractOne(bytes, "page.mht");

    assertThat(document.mediaType()).isEqualTo("multipart/related");
    assertThat(document.text()).isEqualTo("第一段：劳务输出。\n第二段：稳岗补贴。\n");
  }

  @Test
  void pdfNamedDocxIsReadAsThePdfItIs() throws IOException {
    Path pdf = Fixtures.simplePdf(dir.resolve("a.pdf"), "第一页：名单。");
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf);

    ExtractedDocument document = extractOne(bytes, "misnamed.docx");

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.text()).isEqualTo("第一页：名单。\n");
    assertThat(document.metadata().extra()).containsEntry("pageCount", "1");
  }
}
