package org.zhengju.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.zhengju.extract.ocr.internal.OcrReasons;

/**
 * Recognizes the text of a scanned image file (PNG, JPEG, TIFF, GIF, BMP) with an {@link
 * OcrEngine}; every frame of a multi-page TIFF is a page.
 *
 * <p>Frames are decoded one at a time in page order, within the bounds of {@link OcrSettings}: a
 * frame larger than {@value OcrSettings#MAX_PIXELS_PER_SIDE} pixels on a side is skipped before it
 * is decoded, frames past {@link OcrSettings#maxPagesPerDocument()} are not recognized, and a frame
 * that cannot be decoded or recognized is skipped; each adds a partial reason. The caller owns the
 * engine and closes it.
 */
public final class ImageFileOcr {

  private final OcrEngine engine;
  private final OcrSettings settings;

  /**
   * Creates an image recognizer that uses {@code engine} (not closed here) within {@code settings}.
   */
  public ImageFileOcr(OcrEngine engine, OcrSettings settings) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Recognizes every page of {@code imageFile}.
   *
   * @return the recognized pages in page order, with a reason for every page left out
   * @throws IOException if the file cannot be read or is not an image format Java can decode
   */
  public DocumentOcrResult recognize(Path imageFile) throws IOException {
    Objects.requireNonNull(imageFile, "imageFile");
    List<OcrResult> results = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    try (ImageInputStream input = ImageIO.createImageInputStream(imageFile.toFile())) {
      if (input == null) throw new IOException("cannot open image file " + imageFile);
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext())
        throw new IOException(
            "not an image format that can be decoded (PNG, JPEG, TIFF, GIF, BMP): " + imageFile);
      ImageReader reader = readers.next();
      try {
        reader.setInput(input);
        int frames = reader.getNumImages(true);
        int limit = Math.min(frames, settings.maxPagesPerDocument());
        for (int index = 0; index < limit; index++) {
          recognizeFrame(reader, index, results, reasons);
        }
        if (frames > limit) reasons.add(OcrReasons.stoppedAfter(limit, frames - limit, limit + 1));
      } finally {
        reader.dispose();
      }
    }
    return new DocumentOcrResult(engine.name(), engine.version(), results, reasons);
  }

  private void recognizeFrame(
      ImageReader reader, int index, List<OcrResult> results, List<String> reasons) {
    int pageNumber = index + 1;
    BufferedImage image;
    try {
      int width = reader.getWidth(index);
      int height = reader.getHeight(index);
      if (width > OcrSettings.MAX_PIXELS_PER_SIDE || height > OcrSettings.MAX_PIXELS_PER_SIDE) {
        reasons.add(OcrReasons.tooLarge(pageNumber, width, height, ""));
        return;
      }
      image = reader.read(index);
    } catch (IOException | RuntimeException e) {
      // Image decoders throw unchecked exceptions on some damaged files; one bad frame must not end
      // the rest.
      reasons.add("page " + pageNumber + " could not be decoded for OCR: " + e);
      return;
    }
    try {
      results.add(engine.recognize(image, pageNumber));
    } catch (OcrException e) {
      reasons.add(e.getMessage());
    }
  }
}
