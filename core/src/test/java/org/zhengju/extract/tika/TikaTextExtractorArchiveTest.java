package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;
import org.zhengju.extract.ExtractionSettings;

class TikaTextExtractorArchiveTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Extracted extracted(List<ExtractionOutcome> outcomes, String source) {
    return outcomes.stream()
        .filter(o -> o.source().equals(source))
        .map(Extracted.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + source + " in " + outcomes));
  }

  @Test
  void eachZipEntryIsItsOwnDocumentWithItsOwnHashAndNestedSources() throws IOException {
    byte[] innerText = utf8("内层压缩包里的通知：和田地区劳务输出。");
    byte[] inner = Fixtures.zip(Fixtures.entries("deep/c.txt", innerText));
    byte[] outerText = utf8("外层文件：阿克苏地区。");
    byte[] docx = TikaTextExtractorOfficeTest.docx("标题", "作者", "压缩包中的文档段落。");
    Path zip =
        Fixtures.write(
            dir.resolve("a.zip"),
            Fixtures.zip(
                Fixtures.entries(
                    "dir/",
                    new byte[0],
                    "dir/b.txt",
                    outerText,
                    "dir/c.docx",
                    docx,
                    "b.zip",
                    inner)));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(zip, "in/a.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly(
            "in/a.zip!/dir/b.txt", "in/a.zip!/dir/c.docx", "in/a.zip!/b.zip!/deep/c.txt");
    Extracted b = extracted(outcomes, "in/a.zip!/dir/b.txt");
    assertThat(b.document().sha256()).isEqualTo(Fixtures.sha256(outerText));
    assertThat(b.document().mediaType()).isEqualTo("text/plain");
    assertThat(b.document().text()).contains("外层文件：阿克苏地区。");
    Extracted c = extracted(outcomes, "in/a.zip!/b.zip!/deep/c.txt");
    assertThat(c.document().sha256()).isEqualTo(Fixtures.sha256(innerText));
    assertThat(c.document().text()).contains("和田地区劳务输出");
    Extracted word = extracted(outcomes, "in/a.zip!/dir/c.docx");
    assertThat(word.document().sha256()).isEqualTo(Fixtures.sha256(docx));
    assertThat(word.document().text()).contains("压缩包中的文档段落。");
  }

  @Test
  void gbkEntryNamesWithoutTheUtf8FlagAreDecoded() throws IOException {
    Path zip =
        Fixtures.write(
            dir.resolve("gbk.zip"),
            Fixtures.zip(Fixtures.entries("招聘文件/公告.txt", utf8("正文")), Charset.forName("GBK")));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(zip, "gbk.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("gbk.zip!/招聘文件/公告.txt");
  }

  @Test
  void emptyZipFailsAsAnEmptyArchive() throws IOException {
    byte[] bytes = Fixtures.zip(Map.of());
    Path zip = Fixtures.write(dir.resolve("empty.zip"), bytes);

    assertThat(EXTRACTOR.extract(zip, "empty.zip"))
        .containsExactly(
            new Failed(
                "empty.zip", Optional.of(Fixtures.sha256(bytes)), "empty archive (no entries)"));
  }

  @Test
  void badEntriesFailAloneAndTheOtherEntriesStillComeOut() throws IOException {
    byte[] brokenPdf = utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
    Path zip =
        Fixtures.write(
            dir.resolve("mixed.zip"),
            Fixtures.zip(
                Fixtures.entries(
                    "empty.txt",
                    new byte[0],
                    "broken.pdf",
                    brokenPdf,
                    "good.txt",
                    utf8("好的文件内容"))));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(zip, "mixed.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("mixed.zip!/empty.txt", "mixed.zip!/broken.pdf", "mixed.zip!/good.txt");
    assertThat(outcomes.get(0))
        .isEqualTo(
            new Failed(
                "mixed.zip!/empty.txt",
                Optional.of(Fixtures.sha256(new byte[0])),
                "empty file (0 bytes)"));
    assertThat(outcomes.get(1)).isInstanceOf(Failed.class);
    assertThat(((Failed) outcomes.get(1)).sha256()).contains(Fixtures.sha256(brokenPdf));
    assertThat(((Failed) outcomes.get(1)).reason())
        .startsWith("corrupt or truncated application/pdf (");
    assertThat(extracted(outcomes, "mixed.zip!/good.txt").document().text()).contains("好的文件内容");
  }

  @Test
  void archivesNestedPastTheDepthLimitAreReportedNotOpened() throws IOException {
    byte[] inner = Fixtures.zip(Fixtures.entries("c.txt", utf8("最里层")));
    byte[] outer = Fixtures.zip(Fixtures.entries("b.zip", inner, "top.txt", utf8("第一层")));
    Path zip = Fixtures.write(dir.resolve("a.zip"), outer);
    TikaTextExtractor shallow =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedDepth(1));

    List<ExtractionOutcome> outcomes = shallow.extract(zip, "a.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("a.zip!/b.zip", "a.zip!/top.txt");
    assertThat(outcomes.get(0)).isInstanceOf(Failed.class);
    assertThat(((Failed) outcomes.get(0)).reason()).contains("maxEmbeddedDepth=1");
    assertThat(((Failed) outcomes.get(0)).sha256()).contains(Fixtures.sha256(inner));
  }

  @Test
  void entriesPastTheCountLimitAreCountedInOneFailure() throws IOException {
    byte[] bytes =
        Fixtures.zip(Fixtures.entries("1.txt", utf8("一"), "2.txt", utf8("二"), "3.txt", utf8("三")));
    Path zip = Fixtures.write(dir.resolve("many.zip"), bytes);
    TikaTextExtractor few =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedCount(2));

    List<ExtractionOutcome> outcomes = few.extract(zip, "many.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("many.zip!/1.txt", "many.zip!/2.txt", "many.zip");
    assertThat(((Failed) outcomes.get(2)).reason())
        .startsWith(
            "1 embedded documents not read: limit ExtractionSettings.maxEmbeddedCount=2 reached");
  }

  @Test
  void entriesLargerThanTheByteLimitFailWithoutBeingRead() throws IOException {
    byte[] bytes =
        Fixtures.zip(
            Fixtures.entries("big.txt", utf8("很长的文件".repeat(100)), "small.txt", utf8("短")));
    Path zip = Fixtures.write(dir.resolve("sizes.zip"), bytes);
    TikaTextExtractor strict =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxFileBytes(bytes.length));

    List<ExtractionOutcome> outcomes = strict.extract(zip, "sizes.zip");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("sizes.zip!/big.txt", "sizes.zip!/small.txt");
    assertThat(((Failed) outcomes.get(0)).reason())
        .startsWith("file too large (over " + bytes.length + " bytes)");
    assertThat(outcomes.get(1)).isInstanceOf(Extracted.class);
  }
}
