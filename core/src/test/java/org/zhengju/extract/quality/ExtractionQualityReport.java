package org.zhengju.extract.quality;

import java.time.Duration;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.testdata.TestCorpus;

/**
 * Report, not a test: for every corpus PDF with known text, the character accuracy, the share of
 * characters in reading order and (for OCR'd pages) the character error rate of extraction with OCR
 * on, one line per document.
 *
 * <p>Run, once the current {@code testdata} is installed ({@code mvn -q -B -pl testdata install
 * -DskipTests}): {@code mvn -q -B -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zhengju.extract.quality.ExtractionQualityReport}; or without installing:
 * {@code mvn -q -B -pl core -am test-compile && mvn -q -B -pl core dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt && java -cp
 * testdata/target/classes:core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt)
 * org.zhengju.extract.quality.ExtractionQualityReport}. Optional argument: the page layout for OCR,
 * {@code AUTO}, {@code SINGLE_COLUMN} or {@code UNIFORM_BLOCK}. Targets: born-digital ≥ 99.5% in
 * order, OCR of the clean 300-dpi scan ≤ 5% CER.
 */
public final class ExtractionQualityReport {

  private ExtractionQualityReport() {}

  /** Prints the report to standard output. */
  public static void main(String[] args) throws Exception {
    OcrSettings ocr = OcrSettings.defaults();
    if (args.length > 0) ocr = ocr.withPageLayout(OcrSettings.PageLayout.valueOf(args[0]));
    System.out.printf("OCR page layout %s%n", ocr.pageLayout());
    System.out.printf(
        "%-58s %6s %9s %9s %8s %6s%n", "source", "pages", "accuracy", "in-order", "CER", "time");
    try (TikaTextExtractor extractor =
        new TikaTextExtractor(ExtractionSettings.defaults().withOcr(ocr))) {
      extractor
          .ocrUnavailableReason()
          .ifPresent(reason -> System.out.println("WARNING: " + reason));
      for (String source : CorpusPdfs.withKnownText()) {
        String known = TestCorpus.groundTruth(source).orElseThrow();
        long started = System.nanoTime();
        ExtractionOutcome outcome = CorpusPdfs.extract(extractor, source);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
          System.out.printf("%-58s failed: %s%n", source, outcome);
          continue;
        }
        String text = extracted.document().text();
        double accuracy = TextAccuracy.characterAccuracy(known, text);
        long ocrPages = extracted.document().pages().stream().filter(PageSpan::ocr).count();
        System.out.printf(
            "%-58s %3d%-3s %8.2f%% %8.2f%% %8s %5.1fs%n",
            source,
            extracted.document().pages().size(),
            ocrPages > 0 ? "ocr" : "",
            100 * accuracy,
            100 * TextAccuracy.inOrderShare(known, text),
            ocrPages > 0 ? String.format("%.2f%%", 100 * (1 - accuracy)) : "-",
            took.toMillis() / 1000.0);
      }
    }
  }
}
