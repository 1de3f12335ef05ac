package org.zhengju.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The corpus files really have the properties their README lines claim (encodings, layout,
 * structure).
 */
class CorpusFormatTest {
  private static byte[] bytes(String source) throws IOException {
    return Files.readAllBytes(TestCorpus.file(source));
  }

  @Test
  void gbkPageIsDeclaredGbkAndIsNotUtf8() throws IOException {
    byte[] page = bytes("news/shule_special_train_gbk.html");
    assertThat(CorpusText.declaredCharset(page)).contains("gbk");
    assertThatThrownBy(() -> CorpusText.decodeStrictly(page, StandardCharsets.UTF_8))
        .isInstanceOf(CharacterCodingException.class);
    assertThat(CorpusText.decodeStrictly(page, Charset.forName("GBK"))).contains("务工专列");
  }

  @Test
  void gb18030PageHasNoCharsetDeclarationAnywhere() throws IOException {
    byte[] page = bytes("news/jiashi_sendoff_gb18030.html");
    assertThat(new String(page, StandardCharsets.ISO_8859_1).toLowerCase())
        .doesNotContain("charset");
    assertThat(CorpusText.decodeStrictly(page, Charset.forName("GB18030")))
        .contains("欢送仪式")
        .contains("\u067E\u06D5\u064A\u0632\u0627\u06CB\u0627\u062A");
    // the Uyghur-script footer has four-byte GB18030 sequences, so a GBK decoder cannot read the
    // page
    assertThatThrownBy(() -> CorpusText.decodeStrictly(page, Charset.forName("GBK")))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void big5PageIsTraditionalScript() throws IOException {
    byte[] page = bytes("news/luopu_satellite_factory_big5.html");
    assertThat(CorpusText.declaredCharset(page)).contains("big5");
    String text = CorpusText.decodeStrictly(page, Charset.forName("Big5"));
    assertThat(text).contains("lang=\"zh-Hant\"", "衛星工廠", "和田錦繡服飾有限公司").doesNotContain("卫星工厂");
  }

  @Test
  void annualReportHasSeveralPagesAndATwoColumnPage() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(bytes("reports/qinglan_bond_annual_report_2019_excerpt.pdf"))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      PDFTextStripper streamOrder = new PDFTextStripper();
      streamOrder.setStartPage(2);
      streamOrder.setEndPage(2);
      PDFTextStripper positionOrder = new PDFTextStripper();
      positionOrder.setSortByPosition(true);
      positionOrder.setStartPage(2);
      positionOrder.setEndPage(2);
      String columns = streamOrder.getText(pdf);
      String rows = positionOrder.getText(pdf);
      // reading by stream keeps each column's sentence whole; reading across the page interleaves
      // the columns
      assertThat(CorpusText.fold(columns)).contains("其中来自新疆和田地区的少数民族员工612人");
      assertThat(CorpusText.fold(rows)).doesNotContain("其中来自新疆和田地区的少数民族员工612人");
    }
  }

  @Test
  void grantTableGivesItsUnitOnlyInTheHeader() throws IOException {
    String text = CorpusText.of("reports/qinglan_bond_annual_report_2019_excerpt.pdf");
    assertThat(text).contains("单位：元").contains("新疆籍员工稳岗补贴 1,234,567.00");
  }

  @Test
  void archiveHoldsANestedFolderWithAPdfAndATextFile() throws IOException {
    assertThat(ArchiveMembers.names(bytes("archives/qira_transfer_materials_2018.zip")))
        .containsExactly("说明.txt", "附件/", "附件/工作简报第7期.pdf", "附件/在岗人员情况.txt");
  }

  @Test
  void spreadsheetNamesReceivingCompaniesOnItsFirstSheet() throws IOException {
    String text = CorpusText.of("tables/pishan_transfer_quota_2020.xlsx");
    String firstSheet = text.substring(0, text.indexOf("接收企业情况"));
    assertThat(firstSheet).contains("乡镇\t转移人数\t接收企业").contains("皖江电子科技有限公司");
  }

  @Test
  void emailHasAGb18030BodyAndAPdfAttachmentWithAnEncodedName() throws IOException {
    byte[] eml = bytes("mail/yutian_hr_forward_2020.eml");
    MailParts mail = MailParts.parse(eml);
    assertThat(mail.rawHeader("Subject")).startsWith("=?GB18030?B?");
    assertThat(mail.header("Subject")).isEqualTo("转发：关于组织第二批农村富余劳动力转移就业的通知");
    assertThat(mail.parts()).hasSize(2);
    MailParts.Part body = mail.body();
    assertThat(body.param("content-type", "charset")).contains("gb18030");
    assertThatThrownBy(() -> CorpusText.decodeStrictly(body.content(), StandardCharsets.UTF_8))
        .isInstanceOf(CharacterCodingException.class);
    assertThat(body.text()).contains("于人社发〔2020〕5号").doesNotContain("闽溪鞋服");
    MailParts.Part attachment = mail.attachment("第二批转移就业通知.pdf");
    assertThat(attachment.param("content-disposition", "filename").orElseThrow())
        .isEqualTo("第二批转移就业通知.pdf");
    assertThat(mail.rawHeader("Subject")).doesNotContain("转发");
    try (PDDocument pdf = Loader.loadPDF(attachment.content())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(CorpusText.fold(new PDFTextStripper().getText(pdf))).contains("赴闽溪鞋服有限公司务工");
    }
  }

  @Test
  void warcHasOneGzipMemberPerRecordAndGbkPagesDeclaredOnlyInTheirMetaTag() throws IOException {
    byte[] warc = bytes("web/minfeng_news_capture_2021.warc.gz");
    List<WarcRecords.Record> records = WarcRecords.ofGzip(warc);
    assertThat(records)
        .extracting(WarcRecords.Record::type)
        .containsExactly("warcinfo", "request", "response", "request", "response");
    assertThat(WarcRecords.gzipMembers(warc)).isEqualTo(records.size());
    List<WarcRecords.Record> responses =
        records.stream().filter(r -> r.type().equals("response")).toList();
    assertThat(responses)
        .extracting(r -> r.headers().get("warc-date"))
        .containsExactly("2021-04-13T03:20:11Z", "2021-04-13T03:20:14Z");
    for (WarcRecords.Record response : responses) {
      assertThat(response.headers())
          .containsEntry("content-type", "application/http; msgtype=response");
      assertThat(response.httpHeader())
          .startsWith("HTTP/1.1 200 OK\r\n")
          .contains("Content-Type: text/html\r\n")
          .doesNotContainIgnoringCase("charset");
      byte[] page = response.httpBody();
      assertThat(CorpusText.declaredCharset(page)).contains("gbk");
      assertThatThrownBy(() -> CorpusText.decodeStrictly(page, StandardCharsets.UTF_8))
          .isInstanceOf(CharacterCodingException.class);
    }
    assertThat(CorpusText.decodeStrictly(responses.get(0).httpBody(), Charset.forName("GBK")))
        .contains("赴湘岳服饰有限公司务工");
    assertThat(CorpusText.decodeStrictly(responses.get(1).httpBody(), Charset.forName("GBK")))
        .contains("植树")
        .doesNotContain("有限公司");
  }
}
