package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;

class TikaTextExtractorOfficeTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  static byte[] docx(String title, String author, String... paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) document.createParagraph().createRun().setText(paragraph);
      document.getProperties().getCoreProperties().setTitle(title);
      document.getProperties().getCoreProperties().setCreator(author);
      document.write(out);
      return out.toByteArray();
    }
  }

  static byte[] xlsx() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      FormatFixtures.fillTransferSheets(workbook);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private ExtractedDocument extractOne(byte[] bytes, String name) throws IOException {
    Path file = Fixtures.write(dir.resolve(name), bytes);
    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, name);
    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    assertThat(((Extracted) outcomes.get(0)).partialReason()).isEmpty();
    ExtractedDocument document = ((Extracted) outcomes.get(0)).document();
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(bytes));
    return document;
  }

  @Test
  void docxParagraphsBecomeLinesAndCorePropertiesBecomeMetadata() throws IOException {
    byte[] bytes = docx("招聘公告", "疏勒县人社局", "第一段：招聘纺织工人。", "第二段：包吃包住。");

    ExtractedDocument document = extractOne(bytes, "notice.docx");

    assertThat(document.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(document.text().lines().map(String::strip))
        .containsSubsequence("第一段：招聘纺织工人。", "第二段：包吃包住。");
    assertThat(document.metadata().title()).contains("招聘公告");
    assertThat(document.metadata().author()).contains("疏勒县人社局");
    assertThat(document.pages()).isEmpty();
  }

  @Test
  void xlsxGivesEverySheetNameThenOneTabSeparatedLinePerRow() throws IOException {
    ExtractedDocument document = extractOne(xlsx(), "table.xlsx");

    assertThat(document.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(document.text().lines().map(String::strip).filter(line -> !line.isEmpty()))
        .containsSubsequence("转移就业", "县市\t人数\t去向", "疏附县\t300\t江苏", "培训", "国语培训\t三个月");
  }
}
