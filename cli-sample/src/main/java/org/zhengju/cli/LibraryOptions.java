package org.zhengju.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhengju.Zhengju;
import org.zhengju.ZhengjuBuilder;
import org.zhengju.extract.ExtractionSettings;
import picocli.CommandLine.Option;

/** Options that choose how the library reads: user lexicon files and named-entity recognition. */
final class LibraryOptions {
  /** Whether CoreNLP NER runs. */
  enum Ner {
    auto,
    on,
    off
  }

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "A user lexicon TSV loaded beside the built-in one (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Option(
      names = "--ner",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "CoreNLP named-entity recognition: auto (use it when the heap allows, else warn), on (required), off. Default: ${DEFAULT-VALUE}.")
  Ner ner = Ner.auto;

  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      defaultValue = "on",
      description =
          "OCR of scanned pages and images with Tesseract (chi_sim+eng): on (warn when Tesseract is missing) or off. Default: ${DEFAULT-VALUE}.")
  Ocr ocr = Ocr.on;

  /** Whether scanned pages are OCR'd. */
  enum Ocr {
    on,
    off
  }

  /** Opens the library on {@code index} with these options. */
  Zhengju open(Path index, Integer threads, java.io.PrintWriter err)
      throws IOException, CliException {
    List<String> warnings = new ArrayList<>();
    ZhengjuBuilder b = Zhengju.builder().index(index).warnings(warnings::add);
    lexicons.forEach(b::lexiconFile);
    if (ner != Ner.off) b.recognizer("corenlp");
    if (threads != null) b.threads(threads);
    if (ocr == Ocr.off) b.extraction(ExtractionSettings.defaults());
    Zhengju zj = b.build();
    if (ner == Ner.on && !zj.recognizerNames().contains("corenlp")) {
      zj.close();
      throw new CliException(ExitCode.IO_OR_ENVIRONMENT, String.join("; ", warnings));
    }
    warnings.forEach(w -> err.println("zhengju: warning: " + w));
    err.flush();
    return zj;
  }
}
