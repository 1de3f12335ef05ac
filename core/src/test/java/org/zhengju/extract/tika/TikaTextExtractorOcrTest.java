package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.testdata.TestCorpus;

/**
 * OCR inside extraction, with an engine that records what it was asked: which pages are recognized,
 * how their text replaces the text layer in place, what is recorded, and how bounds and a missing
 * engine are reported. The real Tesseract runs in {@link ScannedNoticeOcrTest}.
 */
class TikaTextExtractorOcrTest {

  private static final String SCAN = "notices/luopu_transfer_notice_2019_scan.pdf";
  private static final ExtractionSettings WITH_OCR =
      ExtractionSettings.defaults().withOcr(OcrSettings.defaults());

  @TempDir Path dir;

  @Test
  void recognizesOnlyThePagesWithoutATextLayerAndKeepsPageNumbers() throws IOException {
    Path pdf = Fixtures.simplePdf(dir.resolve("mixed.pdf"), "第一页正文内容", "", "第三页正文内容");
    RecordingOcrEngine engine = new RecordingOcrEngine();

    ExtractedDocument document =
        only(new TikaTextExtractor(WITH_OCR, engine).extract(pdf, "mixed.pdf"));

    assertThat(engine.recognized).containsExactly(2);
    List<PageSpan> pages = document.pages();
    assertThat(pages).extracting(PageSpan::number).containsExactly(1, 2, 3);
    assertThat(pages).extracting(PageSpan::ocr).containsExactly(false, true, false);
    String text = document.text();
    assertThat(text.substring(pages.get(0).start(), pages.get(0).end())).contains("第一页正文内容");
    assertThat(text.substring(pages.get(1).start(), pages.get(1).end())).isEqualTo("第2页识别文字\n");
    assertThat(text.substring(pages.get(2).start(), pages.get(2).end())).contains("第三页正文内容");
    int at = text.indexOf("第2页识别文字");
    assertThat(document.pageAt(at)).contains(2);
    assertThat(document.metadata().extra())
        .containsEntry("ocrPages", "2")
        .containsEntry("ocrEngine", "recording 1.0");
  }

  @Test
  void pageWithAGarbageTextLayerIsRecognized() throws IOException {
    Path pdf = dir.resolve("garbage.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 750);
        // What a font without a ToUnicode map gives: Latin-1 letters no Chinese or English text is
        // made of, and
        // byte pairs (FF …) that are not GBK either, so the mojibake repair cannot turn them into
        // Chinese.
        content.showText(
            "\u00ff\u00fe\u00ff\u00fd\u00ff\u00fe\u00ff\u00fd\u00ff\u00fe\u00ff\u00fd");
        content.endText();
      }
      document.save(pdf.toFile());
    }
    assertThat(only(new TikaTextExtractor().extract(pdf, "garbage.pdf")).text())
        .as("text layer without OCR")
        .contains("\u00ff\u00fe\u00ff\u00fd");
    RecordingOcrEngine engine = new RecordingOcrEngine();

    ExtractedDocument document =
        only(new TikaTextExtractor(WITH_OCR, engine).extract(pdf, "garbage.pdf"));

    assertThat(engine.recognized).containsExactly(1);
    assertThat(document.text()).isEqualTo("第1页识别文字\n");
    assertThat(document.pages()).containsExactly(new PageSpan(1, 0, 8, true));
  }

  @Test
  void bornDigitalPdfIsNotRecognizedAndRecordsNoOcr() throws IOException {
    Path pdf = Fixtures.simplePdf(dir.resolve("digital.pdf"), "新疆维吾尔自治区人力资源和社会保障厅", "第二页");
    RecordingOcrEngine engine = new RecordingOcrEngine();

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(WITH_OCR, engine).extract(pdf, "digital.pdf");

    assertThat(engine.recognized).isEmpty();
    ExtractedDocument document = only(outcomes);
    assertThat(document.pages()).noneMatch(PageSpan::ocr);
    assertThat(document.metadata().extra()).doesNotContainKeys("ocrPages", "ocrEngine");
    assertThat(((ExtractionOutcome.Extracted) outcomes.get(0)).partialReason()).isEmpty();
  }

  @Test
  void scannedCorpusNoticeIsRecognizedPageByPage() throws IOException {
    RecordingOcrEngine engine = new RecordingOcrEngine();

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(WITH_OCR, engine).extract(TestCorpus.file(SCAN), SCAN);

    assertThat(engine.recognized).containsExactlyInAnyOrder(1, 2);
    ExtractedDocument document = only(outcomes);
    assertThat(document.text()).isEqualTo("第1页识别文字\n第2页识别文字\n");
    assertThat(document.pages())
        .containsExactly(new PageSpan(1, 0, 8, true), new PageSpan(2, 8, 16, true));
    assertThat(document.metadata().extra()).containsEntry("ocrPages", "1,2");
    assertThat(((ExtractionOutcome.Extracted) outcomes.get(0)).partialReason()).isEmpty();
  }

  @Test
  void pagesPastTheBoundAreNotRecognizedAndTheOutcomeSaysSo() throws IOException {
    ExtractionSettings onePage =
        ExtractionSettings.defaults().withOcr(OcrSettings.defaults().withMaxPagesPerDocument(1));
    RecordingOcrEngine engine = new RecordingOcrEngine();

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(onePage, engine).extract(TestCorpus.file(SCAN), SCAN);

    assertThat(engine.recognized).containsExactly(1);
    ExtractionOutcome.Extracted extracted = (ExtractionOutcome.Extracted) outcomes.get(0);
    assertThat(extracted.partialReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("OCR stopped after 1 pages (maxPagesPerDocument)")
                    .contains("from page 2"));
    assertThat(extracted.document().pages()).extracting(PageSpan::ocr).containsExactly(true, false);
    assertThat(extracted.document().metadata().extra()).containsEntry("ocrPages", "1");
  }

  @Test
  void missingLanguageIsReportedOnceWithThePackageAndScannedPagesArePartial() throws IOException {
    ExtractionSettings missing =
        ExtractionSettings.defaults()
            .withOcr(new OcrSettings(List.of("zzz_missing"), 300, 10, 60, 1));
    try (TikaTextExtractor extractor = new TikaTextExtractor(missing)) {
      assertThat(extractor.ocrUnavailableReason())
          .hasValueSatisfying(
              reason ->
                  assertThat(reason)
                      .startsWith("OCR unavailable: ")
                      .contains("tesseract-ocr-zzz-missing"));

      List<ExtractionOutcome> outcomes = extractor.extract(TestCorpus.file(SCAN), SCAN);

      ExtractionOutcome.Extracted extracted = (ExtractionOutcome.Extracted) outcomes.get(0);
      assertThat(extracted.partialReason())
          .hasValueSatisfying(
              reason ->
                  assertThat(reason)
                      .contains("no usable text layer on 2 of 2 pages (pages 1,2)")
                      .contains("OCR unavailable"));
      assertThat(extracted.document().pages()).noneMatch(PageSpan::ocr);
    }
  }

  @Test
  void withoutOcrSettingsNothingIsRecognizedAndNoEngineIsOpened() throws IOException {
    try (TikaTextExtractor extractor = new TikaTextExtractor(ExtractionSettings.defaults())) {
      assertThat(extractor.ocrUnavailableReason()).isEmpty();
      ExtractionOutcome.Extracted extracted =
          (ExtractionOutcome.Extracted) extractor.extract(TestCorpus.file(SCAN), SCAN).get(0);
      assertThat(extracted.document().text()).isBlank();
      assertThat(extracted.partialReason())
          .hasValueSatisfying(reason -> assertThat(reason).contains("OCR is not enabled"));
    }
  }

  @Test
  void everyFrameOfAMultiPageTiffIsAPage() throws IOException {
    Path tiff = dir.resolve("two.tiff");
    writeTiff(tiff, Fixtures.imageWithText("ONE"), Fixtures.imageWithText("TWO"));
    RecordingOcrEngine engine = new RecordingOcrEngine();

    ExtractedDocument document =
        only(new TikaTextExtractor(WITH_OCR, engine).extract(tiff, "two.tiff"));

    assertThat(document.mediaType()).isEqualTo("image/tiff");
    assertThat(document.text()).isEqualTo("第1页识别文字\n第2页识别文字\n");
    assertThat(document.pages())
        .containsExactly(new PageSpan(1, 0, 8, true), new PageSpan(2, 8, 16, true));
    assertThat(document.metadata().extra()).containsEntry("ocrPages", "1,2");
  }

  @Test
  void pngImageIsOnePageOfOcrText() throws IOException {
    Path png =
        Fixtures.write(dir.resolve("scan.png"), Fixtures.png(Fixtures.imageWithText("SCAN")));
    RecordingOcrEngine engine = new RecordingOcrEngine();

    ExtractedDocument document =
        only(new TikaTextExtractor(WITH_OCR, engine).extract(png, "scan.png"));

    assertThat(document.text()).isEqualTo("第1页识别文字\n");
    assertThat(document.pages()).containsExactly(new PageSpan(1, 0, 8, true));
  }

  private static ExtractedDocument only(List<ExtractionOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcomes.get(0)).document();
  }

  private static void writeTiff(Path file, BufferedImage... frames) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : frames)
        writer.writeToSequence(new IIOImage(frame, null, null), null);
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }
}
