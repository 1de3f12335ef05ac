package org.zhengju.extract.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ocr.DocumentOcrResult;
import org.zhengju.extract.ocr.ImageFileOcr;
import org.zhengju.extract.ocr.OcrEngine;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.ocr.PdfPageOcr;
import org.zhengju.extract.ocr.TextLayerQuality;

/**
 * The OCR step of an extraction: replaces the text of PDF pages without a usable text layer, and
 * the empty text of image files, with recognized text.
 *
 * <p>Born-digital pages are left alone; a page is recognized only when {@link
 * TextLayerQuality#isUsable} says its text layer (after {@link GbkMojibakeRepair}) is empty or
 * garbage. Pages keep their numbers and order: a recognized page's text replaces its old text in
 * place and its span is marked {@link PageSpan#ocr()}. When the engine could not be opened, nothing
 * is recognized and every page that needed OCR is named in a partial reason. Thread-safe when its
 * engine is; the engine belongs to the extractor that made this pass.
 */
final class OcrPass {

  /**
   * The document after OCR.
   *
   * @param text the text with recognized pages substituted
   * @param pages the page spans of {@code text}, recognized pages marked as OCR
   * @param provenance metadata entries naming the engine and the recognized pages ({@code
   *     ocrEngine}, {@code ocrPages}); empty when nothing was recognized
   * @param partialReasons why some text that needed OCR is still missing
   */
  record Result(
      String text,
      List<PageSpan> pages,
      Map<String, String> provenance,
      List<String> partialReasons) {
    Result {
      pages = List.copyOf(pages);
      provenance = Map.copyOf(provenance);
      partialReasons = List.copyOf(partialReasons);
    }
  }

  private final Optional<OcrEngine> engine;
  private final OcrSettings settings;
  private final String unavailable;

  /** A pass that recognizes with {@code engine} (not closed here) within {@code settings}. */
  static OcrPass with(OcrEngine engine, OcrSettings settings) {
    return new OcrPass(Optional.of(engine), settings, "");
  }

  /**
   * A pass whose engine could not be opened for {@code reason}; it only reports what was not
   * recognized.
   */
  static OcrPass unavailable(OcrSettings settings, String reason) {
    return new OcrPass(Optional.empty(), settings, reason);
  }

  private OcrPass(Optional<OcrEngine> engine, OcrSettings settings, String unavailable) {
    this.engine = engine;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.unavailable = unavailable;
  }

  /** Why the engine could not be opened, or empty when it runs. */
  Optional<String> unavailableReason() {
    return engine.isPresent() ? Optional.empty() : Optional.of(unavailable);
  }

  /**
   * Recognizes what {@code file} needs recognized, or returns empty when nothing needs OCR (every
   * page has a usable text layer, or the document is neither a PDF nor an image).
   */
  Optional<Result> apply(Path file, String mediaType, String text, List<PageSpan> pages) {
    if ("application/pdf".equals(mediaType)) return pdf(file, text, pages);
    if (mediaType.startsWith("image/") && text.isBlank()) return Optional.of(image(file, text));
    return Optional.empty();
  }

  private Optional<Result> pdf(Path file, String text, List<PageSpan> pages) {
    List<Integer> needed = new ArrayList<>();
    for (PageSpan page : pages) {
      if (!TextLayerQuality.isUsable(text.substring(page.start(), page.end())))
        needed.add(page.number());
    }
    if (needed.isEmpty()) return Optional.empty();
    if (engine.isEmpty()) {
      return Optional.of(
          new Result(text, pages, Map.of(), List.of(notRecognized(needed, pages.size()))));
    }
    DocumentOcrResult ocr;
    try {
      ocr = new PdfPageOcr(engine.get(), settings).recognize(file, needed);
    } catch (IOException | RuntimeException e) {
      // PDFBox may refuse a file Tika read (it is stricter about some damage); the text layer is
      // still there.
      String reason =
          "OCR of "
              + needed.size()
              + " pages without a usable text layer failed: "
              + Reasons.brief(e);
      return Optional.of(new Result(text, pages, Map.of(), List.of(reason)));
    }
    return Optional.of(substitute(text, pages, ocr));
  }

  private Result image(Path file, String text) {
    if (engine.isEmpty())
      return new Result(text, List.of(), Map.of(), List.of("image: " + unavailable));
    DocumentOcrResult ocr;
    try {
      ocr = new ImageFileOcr(engine.get(), settings).recognize(file);
    } catch (IOException | RuntimeException e) {
      return new Result(
          text, List.of(), Map.of(), List.of("image could not be OCR'd: " + Reasons.brief(e)));
    }
    StringBuilder out = new StringBuilder();
    List<PageSpan> spans = new ArrayList<>();
    for (var page : ocr.pages()) {
      int start = out.length();
      appendPage(out, page.text());
      spans.add(new PageSpan(page.pageNumber(), start, out.length(), true));
    }
    return new Result(out.toString(), spans, ocr.provenance(), ocr.partialReasons());
  }

  /**
   * Puts each recognized page's text in place of its old text, keeping the text between pages as it
   * was.
   */
  private static Result substitute(String text, List<PageSpan> pages, DocumentOcrResult ocr) {
    StringBuilder out = new StringBuilder(text.length());
    List<PageSpan> spans = new ArrayList<>(pages.size());
    int copied = 0;
    for (PageSpan page : pages) {
      out.append(text, copied, page.start());
      int start = out.length();
      Optional<String> recognized = ocr.textOf(page.number());
      if (recognized.isPresent()) {
        appendPage(out, recognized.get());
        spans.add(new PageSpan(page.number(), start, out.length(), true));
      } else {
        out.append(text, page.start(), page.end());
        spans.add(new PageSpan(page.number(), start, out.length(), page.ocr()));
      }
      copied = page.end();
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), spans, ocr.provenance(), ocr.partialReasons());
  }

  /**
   * Appends a page's text ending with a line break, as text-layer pages end, so pages never run
   * together.
   */
  private static void appendPage(StringBuilder out, String pageText) {
    out.append(pageText);
    if (!pageText.isEmpty() && !pageText.endsWith("\n")) out.append('\n');
  }

  private String notRecognized(List<Integer> needed, int pageCount) {
    return "no usable text layer on "
        + needed.size()
        + " of "
        + pageCount
        + " pages ("
        + pageList(needed)
        + "); "
        + unavailable;
  }

  private static String pageList(List<Integer> numbers) {
    List<String> shown = numbers.stream().limit(20).map(String::valueOf).toList();
    return "page"
        + (numbers.size() > 1 ? "s " : " ")
        + String.join(",", shown)
        + (numbers.size() > shown.size() ? ",…" : "");
  }
}
