package org.zhengju.extract.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "text of page N", records image sizes and centre colours, and times out on the given
 * pages.
 */
final class FakeEngine implements OcrEngine {
  final Map<Integer, String> sizes = new ConcurrentHashMap<>();
  final Map<Integer, Integer> centres = new ConcurrentHashMap<>();
  private final Set<Integer> timingOut;

  FakeEngine(Set<Integer> timingOut) {
    this.timingOut = timingOut;
  }

  @Override
  public OcrResult recognize(BufferedImage page, int pageNumber) throws OcrException {
    if (timingOut.contains(pageNumber))
      throw new OcrException("OCR timed out after 1 s on page " + pageNumber);
    String type =
        switch (page.getType()) {
          case BufferedImage.TYPE_BYTE_GRAY -> "grey";
          case BufferedImage.TYPE_INT_RGB -> "rgb";
          default -> "type " + page.getType();
        };
    // the centre pixel, to check what colours reach the engine
    int centre = page.getRGB(page.getWidth() / 2, page.getHeight() / 2) & 0xffffff;
    centres.put(pageNumber, centre);
    sizes.put(pageNumber, page.getWidth() + "x" + page.getHeight() + " " + type);
    return new OcrResult(pageNumber, "text of page " + pageNumber, Duration.ZERO);
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public String version() {
    return "fake 1.0";
  }
}
