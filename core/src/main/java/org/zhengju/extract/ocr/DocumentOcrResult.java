package org.zhengju.extract.ocr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of OCR on pages of one document (a PDF, a multi-page TIFF): the text of each page
 * that was recognized, and why some requested pages were not.
 *
 * @param engine the engine's short name, e.g. {@code tesseract}, for provenance
 * @param engineVersion the engine's version, e.g. {@code tesseract 5.3.0}
 * @param pages the recognized pages in ascending page order
 * @param partialReasons one reason per problem (a page too large, a time-out, the page bound),
 *     empty when every requested page was recognized
 */
public record DocumentOcrResult(
    String engine, String engineVersion, List<OcrResult> pages, List<String> partialReasons) {

  public DocumentOcrResult {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(engineVersion, "engineVersion");
    pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
    partialReasons = List.copyOf(Objects.requireNonNull(partialReasons, "partialReasons"));
    for (int i = 1; i < pages.size(); i++) {
      if (pages.get(i).pageNumber() <= pages.get(i - 1).pageNumber())
        throw new IllegalArgumentException("pages must be in ascending page order without repeats");
    }
  }

  /** The 1-based numbers of the pages whose text came from OCR, ascending. */
  public List<Integer> ocrPageNumbers() {
    return pages.stream().map(OcrResult::pageNumber).toList();
  }

  /** The recognized text of page {@code pageNumber}, if that page was recognized. */
  public Optional<String> textOf(int pageNumber) {
    return pages.stream()
        .filter(p -> p.pageNumber() == pageNumber)
        .map(OcrResult::text)
        .findFirst();
  }

  /**
   * The metadata entries that record this OCR for citation (keys as in {@code
   * DocumentMetadata.extra()}): {@code ocrEngine}, the engine version such as {@code tesseract
   * 5.3.0}, and {@code ocrPages}, the comma-separated numbers of the recognized pages; no entries
   * when no page was recognized.
   */
  public Map<String, String> provenance() {
    if (pages.isEmpty()) return Map.of();
    String numbers = String.join(",", ocrPageNumbers().stream().map(String::valueOf).toList());
    return Map.of("ocrEngine", engineVersion, "ocrPages", numbers);
  }

  /** All partial reasons joined with {@code "; "}, or empty when OCR was complete. */
  public Optional<String> partialReason() {
    return partialReasons.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join("; ", partialReasons));
  }
}
