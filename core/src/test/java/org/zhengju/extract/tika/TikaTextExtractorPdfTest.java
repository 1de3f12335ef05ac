package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;
import org.zhengju.extract.ExtractionSettings;

class TikaTextExtractorPdfTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  private static Extracted onlyExtracted(List<ExtractionOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(Extracted.class);
    return (Extracted) outcomes.get(0);
  }

  @Test
  void threePageChinesePdfHasOnePageSpanPerPageOverOneText() throws IOException {
    String[] pageTexts = {"第一页：阿克苏地区转移就业", "第二页：喀什地区劳动力输出", "第三页：和田地区职业技能培训"};
    Path pdf = Fixtures.simplePdf(dir.resolve("report.pdf"), pageTexts);

    Extracted extracted = onlyExtracted(EXTRACTOR.extract(pdf, "filings/report.pdf"));
    ExtractedDocument document = extracted.document();

    assertThat(extracted.partialReason()).isEmpty();
    assertThat(document.source()).isEqualTo("filings/report.pdf");
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(Files.readAllBytes(pdf)));
    assertThat(document.pages()).extracting(PageSpan::number).containsExactly(1, 2, 3);
    for (int i = 0; i < 3; i++) {
      PageSpan span = document.pages().get(i);
      String pageText = document.text().substring(span.start(), span.end());
      assertThat(pageText).contains(pageTexts[i]);
      for (int other = 0; other < 3; other++) {
        if (other != i) assertThat(pageText).doesNotContain(pageTexts[other]);
      }
      assertThat(document.pageAt(document.text().indexOf(pageTexts[i]))).contains(i + 1);
    }
    // Pages follow each other without gaps, so every character of page text belongs to a page.
    assertThat(document.pages().get(1).start()).isEqualTo(document.pages().get(0).end());
    assertThat(document.pages().get(2).start()).isEqualTo(document.pages().get(1).end());
  }

  @Test
  void pdfMetadataGivesTitleAndAuthor() throws IOException {
    Path pdf = Fixtures.simplePdf(dir.resolve("meta.pdf"), "正文");

    ExtractedDocument document = onlyExtracted(EXTRACTOR.extract(pdf, "meta.pdf")).document();

    assertThat(document.metadata().title()).contains("测试标题");
    assertThat(document.metadata().author()).contains("新疆维吾尔自治区人力资源和社会保障厅");
    assertThat(document.metadata().created())
        .contains(java.time.Instant.parse("2019-03-01T08:30:00Z"));
    assertThat(document.metadata().extra()).containsEntry("pageCount", "1");
  }

  @Test
  void linesOfOneParagraphAndSeparatePlacesStayOnSeparateLines() throws IOException {
    Path pdf =
        Fixtures.pdf(
            dir.resolve("lines.pdf"),
            List.of(
                List.of(
                    new Fixtures.Line(72, 750, "第一行文字"), new Fixtures.Line(72, 600, "第二段落文字"))));

    String text = onlyExtracted(EXTRACTOR.extract(pdf, "lines.pdf")).document().text();

    assertThat(text.lines().map(String::strip)).contains("第一行文字", "第二段落文字");
  }

  @Test
  void twoColumnPageIsReadColumnByColumn() throws IOException {
    // Left column drawn first, then the right one, lines at the same heights: the common layout of
    // two-column bulletins. Reading across both columns line by line would cut every sentence in
    // two.
    Path pdf =
        Fixtures.pdf(
            dir.resolve("columns.pdf"),
            List.of(
                List.of(
                    new Fixtures.Line(50, 700, "左栏第一行"),
                    new Fixtures.Line(50, 680, "左栏第二行"),
                    new Fixtures.Line(320, 700, "右栏第一行"),
                    new Fixtures.Line(320, 680, "右栏第二行"))));

    String text = onlyExtracted(EXTRACTOR.extract(pdf, "columns.pdf")).document().text();

    assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()))
        .containsExactly("左栏第一行", "左栏第二行", "右栏第一行", "右栏第二行");
  }

  @Test
  void encryptedPdfWithUserPasswordFailsSayingSo() throws IOException {
    Path pdf = Fixtures.encryptedPdf(dir.resolve("locked.pdf"), "user-secret");

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(pdf, "locked.pdf");

    assertThat(outcomes)
        .containsExactly(
            new Failed(
                "locked.pdf",
                java.util.Optional.of(Fixtures.sha256(Files.readAllBytes(pdf))),
                "encrypted PDF: no password"));
  }

  @Test
  void pdfEncryptedWithOnlyAnOwnerPasswordOpensWithTheEmptyPassword() throws IOException {
    Path pdf = Fixtures.encryptedPdf(dir.resolve("owner-only.pdf"), "");

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(pdf, "owner-only.pdf");

    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
  }

  @Test
  void truncatedPdfFailsWithTheParserReasonAndAdvice() throws IOException {
    Path whole = Fixtures.simplePdf(dir.resolve("whole.pdf"), "完整文档");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Fixtures.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 300));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(cut, "cut.pdf");

    assertThat(outcomes).singleElement().isInstanceOf(Failed.class);
    Failed failed = (Failed) outcomes.get(0);
    assertThat(failed.sha256()).contains(Fixtures.sha256(Arrays.copyOf(bytes, 300)));
    assertThat(failed.reason())
        .startsWith("corrupt or truncated application/pdf (")
        .contains("re-download");
  }

  @Test
  void pagesWithoutTextLayerGiveEmptyTextAndSayOcrIsOff() throws IOException {
    Path pdf = Fixtures.imageOnlyPdf(dir.resolve("scan.pdf"), Fixtures.imageWithText("HELLO OCR"));

    Extracted extracted = onlyExtracted(EXTRACTOR.extract(pdf, "scan.pdf"));

    assertThat(extracted.document().text()).isBlank();
    assertThat(extracted.document().pages()).hasSize(1);
    assertThat(extracted.partialReason())
        .contains("no text layer on 1 of 1 pages (scanned?); OCR is not enabled");
  }

  @Test
  void textPastTheLimitIsTruncatedAndSaysWhere() throws IOException {
    Path pdf = Fixtures.simplePdf(dir.resolve("long.pdf"), "一二三四五六七八九十".repeat(3), "第二页的文字");
    TikaTextExtractor small =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxCharacters(12));

    Extracted extracted = onlyExtracted(small.extract(pdf, "long.pdf"));

    assertThat(extracted.document().text()).hasSize(12).contains("一二三四五六七八九十");
    assertThat(extracted.partialReason()).contains("text truncated at 12 characters");
    assertThat(extracted.document().pages()).extracting(PageSpan::number).containsExactly(1);
    assertThat(extracted.document().pages().get(0).end()).isEqualTo(12);
  }
}
