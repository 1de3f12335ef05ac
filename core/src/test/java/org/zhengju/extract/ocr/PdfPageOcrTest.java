package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageOcrTest {

  private static final String TEXT_LAYER_LINE = "新疆维吾尔自治区人力资源和社会保障厅";

  @TempDir Path dir;

  @Test
  void recognizesTheScannedPageOfAPdfWhoseOtherPageHasATextLayer() throws Exception {
    Path pdf = textThenScanPdf();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(TextLayerQuality.isUsable(pageText(document, 1))).as("page 1 text layer").isTrue();
      assertThat(TextLayerQuality.isUsable(pageText(document, 2)))
          .as("page 2 text layer")
          .isFalse();
    }

    try (TesseractOcrEngine engine = Tesseract.openOrSkip()) {
      DocumentOcrResult result =
          new PdfPageOcr(engine, OcrSettings.defaults()).recognize(pdf, List.of(2));

      assertThat(result.ocrPageNumbers()).containsExactly(2);
      assertThat(result.partialReason()).isEmpty();
      assertThat(result.engine()).isEqualTo("tesseract");
      assertThat(result.engineVersion()).isEqualTo(engine.version());
      String text = result.textOf(2).orElseThrow();
      assertThat(CharacterErrorRate.ignoringWhitespace(ChineseNotice.TEXT, text))
          .as("CER of %s", text)
          .isLessThanOrEqualTo(0.05);
    }
  }

  @Test
  void rendersRequestedPagesInColourAtTheConfiguredResolutionInPageOrder() throws IOException {
    Path pdf =
        blankPdf(new PDRectangle(600, 800), new PDRectangle(600, 800), new PDRectangle(300, 400));
    FakeEngine engine = new FakeEngine(Set.of());

    DocumentOcrResult result =
        new PdfPageOcr(engine, OcrSettings.defaults().withDpi(144))
            .recognize(pdf, List.of(3, 1, 3));

    assertThat(result.ocrPageNumbers()).containsExactly(1, 3);
    // 144 dpi is 2 pixels per point.
    assertThat(engine.sizes)
        .containsOnly(Map.entry(1, "1200x1600 rgb"), Map.entry(3, "600x800 rgb"));
    assertThat(result.textOf(3)).hasValue("text of page 3");
    assertThat(result.textOf(2)).isEmpty();
    assertThat(result.partialReasons()).isEmpty();
    assertThat(result.engine()).isEqualTo("fake");
    assertThat(result.engineVersion()).isEqualTo("fake 1.0");
  }

  @Test
  void redInkReachesTheEngineAsRedNotAsGrey() throws IOException {
    // Red headers and seals of county notices: Tesseract separates them from black text better in
    // colour.
    Path pdf = dir.resolve("red.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(200, 200));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setNonStrokingColor(new Color(0xd0, 0x10, 0x10));
        content.addRect(50, 50, 100, 100);
        content.fill();
      }
      document.save(pdf.toFile());
    }
    FakeEngine engine = new FakeEngine(Set.of());

    new PdfPageOcr(engine, OcrSettings.defaults().withDpi(72)).recognize(pdf, List.of(1));

    int centre = engine.centres.get(1);
    int red = centre >> 16 & 0xff;
    int green = centre >> 8 & 0xff;
    int blue = centre & 0xff;
    assertThat(red).as("red of #%06x", centre).isGreaterThan(180);
    assertThat(green).as("green of #%06x", centre).isLessThan(60);
    assertThat(blue).as("blue of #%06x", centre).isLessThan(60);
  }

  @Test
  void stopsAfterMaxPagesPerDocumentAndSaysWhere() throws IOException {
    Path pdf = blankPdf(PDRectangle.A4, PDRectangle.A4, PDRectangle.A4, PDRectangle.A4);
    OcrSettings settings = OcrSettings.defaults().withDpi(72).withMaxPagesPerDocument(2);

    DocumentOcrResult result =
        new PdfPageOcr(new FakeEngine(Set.of()), settings).recognize(pdf, List.of(4, 2, 3));

    assertThat(result.ocrPageNumbers()).containsExactly(2, 3);
    assertThat(result.partialReasons())
        .containsExactly(
            "OCR stopped after 2 pages (maxPagesPerDocument): 1 more pages from page 4 not recognized");
  }

  @Test
  void skipsAPageTooLargeToRenderAndKeepsTheOthers() throws IOException {
    Path pdf = blankPdf(new PDRectangle(3000, 1000), new PDRectangle(300, 400));

    DocumentOcrResult result =
        new PdfPageOcr(new FakeEngine(Set.of()), OcrSettings.defaults())
            .recognize(pdf, List.of(1, 2));

    assertThat(result.ocrPageNumbers()).containsExactly(2);
    // 3000 pt × 300/72 = 12500 px; 1000 pt → 4167 px.
    assertThat(result.partialReasons())
        .containsExactly("page 1 not OCR'd: 12500×4167 px at 300 dpi exceeds 10000×10000");
  }

  @Test
  void recordsAPageWhoseRecognitionFailedAndContinues() throws IOException {
    Path pdf = blankPdf(PDRectangle.A6, PDRectangle.A6, PDRectangle.A6);

    DocumentOcrResult result =
        new PdfPageOcr(new FakeEngine(Set.of(2)), OcrSettings.defaults().withDpi(72))
            .recognize(pdf, List.of(1, 2, 3));

    assertThat(result.ocrPageNumbers()).containsExactly(1, 3);
    assertThat(result.partialReason()).hasValue("OCR timed out after 1 s on page 2");
  }

  @Test
  void recognizesPagesInParallelAndReturnsThemInPageOrder() throws IOException {
    Path pdf =
        blankPdf(PDRectangle.A6, PDRectangle.A6, PDRectangle.A6, PDRectangle.A6, PDRectangle.A6);
    OcrSettings settings = OcrSettings.defaults().withDpi(72).withThreads(2);

    DocumentOcrResult result =
        new PdfPageOcr(new FakeEngine(Set.of(4)), settings).recognize(pdf, List.of(5, 4, 3, 2, 1));

    assertThat(result.ocrPageNumbers()).containsExactly(1, 2, 3, 5);
    assertThat(result.pages())
        .extracting(OcrResult::text)
        .containsExactly("text of page 1", "text of page 2", "text of page 3", "text of page 5");
    assertThat(result.partialReasons()).containsExactly("OCR timed out after 1 s on page 4");
  }

  @Test
  void rejectsPageNumbersOutsideTheDocument() throws IOException {
    Path pdf = blankPdf(PDRectangle.A6, PDRectangle.A6);
    PdfPageOcr ocr = new PdfPageOcr(new FakeEngine(Set.of()), OcrSettings.defaults());

    assertThatThrownBy(() -> ocr.recognize(pdf, List.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageNumbers must be in 1..2");
    assertThatThrownBy(() -> ocr.recognize(pdf, List.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageNumbers must be in 1..2");
  }

  @Test
  void failsWithAnIoExceptionOnAFileThatIsNotAPdf() throws IOException {
    Path notPdf = Files.writeString(dir.resolve("notice.pdf"), "这不是PDF");
    PdfPageOcr ocr = new PdfPageOcr(new FakeEngine(Set.of()), OcrSettings.defaults());

    assertThatThrownBy(() -> ocr.recognize(notPdf, List.of(1))).isInstanceOf(IOException.class);
  }

  /**
   * Page 1: one line of Chinese as real text; page 2: only an image of the Chinese notice at 300
   * dpi.
   */
  private Path textThenScanPdf() throws Exception {
    Path pdf = dir.resolve("text-then-scan.pdf");
    BufferedImage scan = ChineseNotice.image(2000, 650);
    File fontFile = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    ChineseNotice.font(12f); // skips the test loudly when the CJK font is missing
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(
          font -> {
            if (first[0] == null) first[0] = font;
          });
      PDType0Font font = PDType0Font.load(document, first[0], true);

      PDPage textPage = new PDPage(PDRectangle.A4);
      document.addPage(textPage);
      try (PDPageContentStream content = new PDPageContentStream(document, textPage)) {
        content.beginText();
        content.setFont(font, 14);
        content.newLineAtOffset(72, 760);
        content.showText(TEXT_LAYER_LINE);
        content.endText();
      }

      PDPage scanPage = new PDPage(PDRectangle.A4);
      document.addPage(scanPage);
      PDImageXObject image = LosslessFactory.createFromImage(document, scan);
      try (PDPageContentStream content = new PDPageContentStream(document, scanPage)) {
        // 72 points per inch: drawn at 300 dpi, the page renders back to the image's own pixels.
        float width = scan.getWidth() * 72f / 300f;
        float height = scan.getHeight() * 72f / 300f;
        content.drawImage(image, 40, 800 - height, width, height);
      }
      document.save(pdf.toFile());
    }
    return pdf;
  }

  private Path blankPdf(PDRectangle... sizes) throws IOException {
    Path pdf = dir.resolve("blank-" + sizes.length + ".pdf");
    try (PDDocument document = new PDDocument()) {
      for (PDRectangle size : sizes) document.addPage(new PDPage(size));
      document.save(pdf.toFile());
    }
    return pdf;
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }
}
