package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;

class TikaTextExtractorHtmlAndTextTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Enough ordinary prose for charset detection, as on a real prefecture news page. */
  private static final String BODY =
      "<p>自治区人力资源和社会保障厅发布通知，要求各地州市做好农村富余劳动力转移就业工作。</p>"
          + "<p>喀什地区组织第二批劳动力赴内地企业务工，共计一千二百人，统一乘坐专列出发。</p>"
          + "<p>各县市要加强职业技能培训，确保务工人员稳定就业，按月发放工资并开展国语学习。</p>";

  @TempDir Path dir;

  private ExtractedDocument extractOne(byte[] bytes, String name) throws IOException {
    Path file = Fixtures.write(dir.resolve(name), bytes);
    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, name);
    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    ExtractedDocument document = ((Extracted) outcomes.get(0)).document();
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(bytes));
    return document;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  static Stream<Arguments> htmlEncodings() {
    String meta =
        "<html><head><meta charset=\"%s\"><title>转移就业通知</title></head><body>"
            + BODY
            + "</body></html>";
    String httpEquiv =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            + "<title>转移就业通知</title></head><body>"
            + BODY
            + "</body></html>";
    String bare = "<html><head><title>转移就业通知</title></head><body>" + BODY + "</body></html>";
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf16LeBom = {(byte) 0xFF, (byte) 0xFE};
    return Stream.of(
        Arguments.of("GBK with meta charset", String.format(meta, "gbk").getBytes(GBK)),
        Arguments.of("GB2312 label on GBK bytes", String.format(meta, "gb2312").getBytes(GBK)),
        Arguments.of("GBK with http-equiv", String.format(httpEquiv, "GBK").getBytes(GBK)),
        Arguments.of("GBK without any declaration", bare.getBytes(GBK)),
        Arguments.of("GB18030 without any declaration", bare.getBytes(GB18030)),
        Arguments.of("UTF-8 without any declaration", bare.getBytes(StandardCharsets.UTF_8)),
        Arguments.of("UTF-8 with BOM", concat(utf8Bom, bare.getBytes(StandardCharsets.UTF_8))),
        Arguments.of(
            "UTF-16LE with BOM", concat(utf16LeBom, bare.getBytes(StandardCharsets.UTF_16LE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("htmlEncodings")
  void htmlIsDecodedWithItsRealCharset(String description, byte[] bytes) throws IOException {
    ExtractedDocument document = extractOne(bytes, "page.html");

    assertThat(document.mediaType()).isEqualTo("text/html");
    assertThat(document.text()).contains("喀什地区组织第二批劳动力赴内地企业务工，共计一千二百人，统一乘坐专列出发。");
    assertThat(document.metadata().title()).contains("转移就业通知");
    assertThat(document.pages()).isEmpty();
  }

  @Test
  void pageLabelledGb2312KeepsCharactersOnlyGbkHas() throws IOException {
    // 镕 and 堃 are outside GB2312; browsers decode a "gb2312" page as GB18030, and so must we.
    String html =
        "<html><head><meta charset=\"gb2312\"><title>名单</title></head><body>"
            + BODY
            + "<p>联系人：朱镕基，王堃。</p></body></html>";

    ExtractedDocument document = extractOne(html.getBytes(GBK), "names.html");

    assertThat(document.text()).contains("联系人：朱镕基，王堃。");
  }

  @Test
  void htmlBlocksBreaksListItemsAndTableRowsBecomeSeparateLines() throws IOException {
    String html =
        "<html><head><title>标题不在正文</title></head><body>"
            + "<div>第一块</div><div>第二块</div><p>第一行<br>第二行</p>"
            + "<ul><li>条目一</li><li>条目二</li></ul>"
            + "<table><tr><td>单位</td><td>人数</td></tr><tr><td>疏附县</td><td>300</td></tr></table>"
            + "</body></html>";

    String text = extractOne(html.getBytes(StandardCharsets.UTF_8), "blocks.html").text();

    assertThat(text.lines().map(String::strip))
        .containsSubsequence("第一块", "第二块", "第一行", "第二行", "条目一", "条目二", "单位\t人数", "疏附县\t300");
    assertThat(text).doesNotContain("标题不在正文");
  }

  static Stream<Arguments> plainTextEncodings() {
    String text = "阿克苏地区转移农村富余劳动力五千人。\n第二行：喀什地区职业技能培训中心。\n";
    byte[] utf16Bom = {(byte) 0xFE, (byte) 0xFF};
    return Stream.of(
        Arguments.of("GBK", text.repeat(3).getBytes(GBK)),
        Arguments.of("UTF-8", text.repeat(3).getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "UTF-16BE with BOM",
            concat(utf16Bom, text.repeat(3).getBytes(StandardCharsets.UTF_16BE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainTextEncodings")
  void plainTextIsDecodedWithItsRealCharsetAndKeepsLines(String description, byte[] bytes)
      throws IOException {
    ExtractedDocument document = extractOne(bytes, "notice.txt");

    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.text().lines().map(String::strip))
        .containsSubsequence("阿克苏地区转移农村富余劳动力五千人。", "第二行：喀什地区职业技能培训中心。");
  }
}
