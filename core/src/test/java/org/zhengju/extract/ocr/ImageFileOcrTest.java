package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFileOcrTest {

  @TempDir Path dir;

  @Test
  void recognizesASinglePngAsPageOne() throws IOException {
    Path png = dir.resolve("scan.png");
    ImageIO.write(grey(300, 200), "png", png.toFile());
    FakeEngine engine = new FakeEngine(Set.of());

    DocumentOcrResult result = new ImageFileOcr(engine, OcrSettings.defaults()).recognize(png);

    assertThat(result.ocrPageNumbers()).containsExactly(1);
    assertThat(result.textOf(1)).hasValue("text of page 1");
    assertThat(engine.sizes).containsExactly(Map.entry(1, "300x200 grey"));
    assertThat(result.partialReasons()).isEmpty();
  }

  @Test
  void recognizesEveryFrameOfATiffAsAPageUpToTheBound() throws IOException {
    Path tiff = tiff("three.tiff", grey(30, 20), grey(40, 20), grey(50, 20));
    FakeEngine engine = new FakeEngine(Set.of());

    DocumentOcrResult result =
        new ImageFileOcr(engine, OcrSettings.defaults().withMaxPagesPerDocument(2)).recognize(tiff);

    assertThat(result.ocrPageNumbers()).containsExactly(1, 2);
    assertThat(engine.sizes).containsOnly(Map.entry(1, "30x20 grey"), Map.entry(2, "40x20 grey"));
    assertThat(result.partialReasons())
        .containsExactly(
            "OCR stopped after 2 pages (maxPagesPerDocument): 1 more pages from page 3 not recognized");
  }

  @Test
  void skipsAFrameTooLargeAndOneWhoseRecognitionFailed() throws IOException {
    Path tiff = tiff("mixed.tiff", grey(30, 20), grey(10_001, 2), grey(30, 20), grey(30, 20));

    DocumentOcrResult result =
        new ImageFileOcr(new FakeEngine(Set.of(3)), OcrSettings.defaults()).recognize(tiff);

    assertThat(result.ocrPageNumbers()).containsExactly(1, 4);
    assertThat(result.partialReasons())
        .containsExactly(
            "page 2 not OCR'd: 10001×2 px exceeds 10000×10000",
            "OCR timed out after 1 s on page 3");
  }

  @Test
  void failsWithAnIoExceptionOnAFileThatIsNotAnImage() throws IOException {
    Path notImage = Files.writeString(dir.resolve("scan.png"), "这不是图片");
    ImageFileOcr ocr = new ImageFileOcr(new FakeEngine(Set.of()), OcrSettings.defaults());

    assertThatThrownBy(() -> ocr.recognize(notImage))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an image format");
  }

  private Path tiff(String name, BufferedImage... frames) throws IOException {
    Path file = dir.resolve(name);
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
    return file;
  }

  private static BufferedImage grey(int width, int height) {
    return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
  }
}
