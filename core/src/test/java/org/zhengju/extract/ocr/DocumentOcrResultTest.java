package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentOcrResultTest {

  private static OcrResult page(int number, String text) {
    return new OcrResult(number, text, Duration.ofMillis(5));
  }

  @Test
  void recordsWhichPagesWereRecognizedAndByWhatEngine() {
    DocumentOcrResult result =
        new DocumentOcrResult(
            "tesseract", "tesseract 5.3.0", List.of(page(2, "甲"), page(5, "乙")), List.of());

    assertThat(result.ocrPageNumbers()).containsExactly(2, 5);
    assertThat(result.textOf(5)).hasValue("乙");
    assertThat(result.textOf(3)).isEmpty();
    assertThat(result.partialReason()).isEmpty();
    assertThat(result.provenance())
        .isEqualTo(Map.of("ocrEngine", "tesseract 5.3.0", "ocrPages", "2,5"));
  }

  @Test
  void joinsPartialReasonsAndHasNoProvenanceWithoutPages() {
    DocumentOcrResult result =
        new DocumentOcrResult(
            "tesseract", "tesseract 5.3.0", List.of(), List.of("page 1 too large", "time-out"));

    assertThat(result.partialReason()).hasValue("page 1 too large; time-out");
    assertThat(result.provenance()).isEmpty();
  }

  @Test
  void rejectsPagesOutOfOrder() {
    assertThatThrownBy(
            () -> new DocumentOcrResult("t", "t 1", List.of(page(3, ""), page(2, "")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pages");
  }
}
