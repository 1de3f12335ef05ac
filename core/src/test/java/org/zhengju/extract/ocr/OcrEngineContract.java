package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What every {@link OcrEngine} must do; subclass it once per implementation. */
abstract class OcrEngineContract {

  /** Opens the engine under test; the test closes it. */
  protected abstract OcrEngine openEngine() throws IOException, InterruptedException;

  @Test
  void returnsTheRequestedPageNumberAndNoTextForABlankPage() throws Exception {
    try (OcrEngine engine = openEngine()) {
      OcrResult result = engine.recognize(white(600, 400), 4);

      assertThat(result.pageNumber()).isEqualTo(4);
      assertThat(result.text()).isBlank();
    }
  }

  @Test
  void rejectsMisuseNamingTheParameter() throws Exception {
    try (OcrEngine engine = openEngine()) {
      assertThatThrownBy(() -> engine.recognize(white(10, 10), 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pageNumber");
      assertThatThrownBy(() -> engine.recognize(null, 1))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("page");
    }
  }

  @Test
  void hasAShortNameAndAVersion() throws Exception {
    try (OcrEngine engine = openEngine()) {
      assertThat(engine.name()).matches("[a-z0-9-]+");
      assertThat(engine.version()).isNotBlank();
    }
  }

  private static BufferedImage white(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }
}
