package org.zhengju.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.TextExtractor;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.testdata.TestCorpus;

/**
 * Benchmark, not a test: extraction speed of {@link TikaTextExtractor} in pages/s and MB/s for
 * born-digital PDFs (the test corpus's PDFs plus a generated 60-page Chinese PDF) and for the
 * corpus's HTML pages, with one and two threads, and the time ratio of our extractor to plain Tika
 * ({@code AutoDetectParser} + {@code BodyContentHandler(-1)}, OCR skipped in both) on the same PDFs
 * in the same run.
 *
 * <p>Run from the repository root: {@code mvn -q -B -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.zhengju.extract.bench.ExtractionBench}; optional
 * argument: seconds per measurement (default 4). Each measurement is preceded by a warm-up; ours
 * and plain Tika are timed in alternating rounds so that load from other processes affects both
 * alike. The load average is printed: on a busy machine the absolute figures drop, the ratio much
 * less.
 */
public final class ExtractionBench {

  private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final int GENERATED_PAGES = 60;

  private ExtractionBench() {}

  /** Runs the benchmark; {@code args[0]}, if given, is the seconds per measurement. */
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
    Path work = Files.createTempDirectory("zhengju-bench-");
    try (TikaTextExtractor ours = new TikaTextExtractor()) {
      List<Path> pdfs = new ArrayList<>(corpusFiles(".pdf"));
      pdfs.add(generatedChinesePdf(work.resolve("generated-60-pages.pdf")));
      List<Path> html = corpusFiles(".html");
      Workload pdfLoad = Workload.of(pdfs, ours);
      Workload htmlLoad = Workload.of(html, ours);
      System.out.printf(
          Locale.ROOT,
          "PDF set: %d files, %d pages, %.2f MB; HTML set: %d files, %.3f MB%n",
          pdfs.size(),
          pdfLoad.pages,
          pdfLoad.bytes / 1e6,
          html.size(),
          htmlLoad.bytes / 1e6);
      System.out.println("load average before: " + loadAverage());

      Task oursPdf = () -> pdfLoad.extractAll(ours);
      Task tikaPdf = () -> pdfLoad.plainTikaAll();
      Task oursHtml = () -> htmlLoad.extractAll(ours);
      Task tikaHtml = () -> htmlLoad.plainTikaAll();
      warmUp(seconds, oursPdf, tikaPdf, oursHtml, tikaHtml);

      double[] pdfPair = alternate(seconds, oursPdf, tikaPdf);
      report("PDF  1 thread  (ours)", pdfPair[0], pdfLoad, 1);
      report("PDF  1 thread  (plain Tika)", pdfPair[1], pdfLoad, 1);
      System.out.printf(
          Locale.ROOT,
          "PDF  ratio ours / plain Tika = %.3f (target <= 1.2)%n",
          pdfPair[0] / pdfPair[1]);
      report("PDF  2 threads (ours)", timeParallel(seconds, oursPdf, 2), pdfLoad, 2);

      double[] htmlPair = alternate(seconds, oursHtml, tikaHtml);
      report("HTML 1 thread  (ours)", htmlPair[0], htmlLoad, 1);
      report("HTML 1 thread  (plain Tika)", htmlPair[1], htmlLoad, 1);
      System.out.printf(
          Locale.ROOT, "HTML ratio ours / plain Tika = %.3f%n", htmlPair[0] / htmlPair[1]);
      report("HTML 2 threads (ours)", timeParallel(seconds, oursHtml, 2), htmlLoad, 2);
      System.out.println("load average after: " + loadAverage());
    } finally {
      try (Stream<Path> files = Files.list(work)) {
        for (Path file : files.toList()) Files.deleteIfExists(file);
      }
      Files.deleteIfExists(work);
    }
  }

  /** One pass over a set of files. */
  @FunctionalInterface
  private interface Task {
    void run() throws Exception;
  }

  /** A set of files with their total size and page count (pages as our extractor reports them). */
  private record Workload(List<Path> files, long bytes, int pages) {
    static Workload of(List<Path> files, TextExtractor extractor) throws IOException {
      long bytes = 0;
      int pages = 0;
      for (Path file : files) {
        bytes += Files.size(file);
        for (ExtractionOutcome outcome : extractor.extract(file, file.getFileName().toString())) {
          if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
            throw new IllegalStateException("benchmark file did not extract: " + outcome);
          }
          pages += Math.max(1, extracted.document().pages().size());
        }
      }
      return new Workload(files, bytes, pages);
    }

    void extractAll(TextExtractor extractor) {
      for (Path file : files) extractor.extract(file, file.getFileName().toString());
    }

    /** Plain Tika as a user would call it, with OCR skipped as in our extractor. */
    void plainTikaAll() throws Exception {
      AutoDetectParser parser = PLAIN_TIKA;
      for (Path file : files) {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
          parser.parse(in, new BodyContentHandler(-1), metadata, context);
        }
      }
    }
  }

  /** Shared like ours: AutoDetectParser is thread-safe and costly to build. */
  private static final AutoDetectParser PLAIN_TIKA = new AutoDetectParser();

  private static void warmUp(double seconds, Task... tasks) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end) for (Task task : tasks) task.run();
  }

  /**
   * Seconds per pass of {@code a} and of {@code b}, each the median of rounds in which both run
   * once in alternating order, until {@code seconds} have passed (at least 5 rounds).
   */
  private static double[] alternate(double seconds, Task a, Task b) throws Exception {
    List<Double> timesA = new ArrayList<>();
    List<Double> timesB = new ArrayList<>();
    long end = System.nanoTime() + (long) (2 * seconds * 1e9);
    for (int round = 0; round < 5 || System.nanoTime() < end; round++) {
      if (round % 2 == 0) {
        timesA.add(time(a));
        timesB.add(time(b));
      } else {
        timesB.add(time(b));
        timesA.add(time(a));
      }
    }
    return new double[] {median(timesA), median(timesB)};
  }

  /**
   * Seconds per pass when {@code threads} threads each run passes for {@code seconds}: wall /
   * passes.
   */
  private static double timeParallel(double seconds, Task task, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      List<Future<Integer>> passes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        passes.add(
            pool.submit(
                () -> {
                  int n = 0;
                  do {
                    task.run();
                    n++;
                  } while (System.nanoTime() < end);
                  return n;
                }));
      }
      int total = 0;
      for (Future<Integer> f : passes) total += f.get();
      return (System.nanoTime() - start) / 1e9 / total;
    } finally {
      pool.shutdown();
    }
  }

  private static double time(Task task) throws Exception {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** Prints one measurement; an HTML page counts as one page (documents/s). */
  private static void report(String label, double secondsPerPass, Workload load, int threads) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %8.1f ms/pass  %8.1f pages/s  %6.2f MB/s  (%d thread%s)%n",
        label,
        secondsPerPass * 1000,
        load.pages / secondsPerPass,
        load.bytes / 1e6 / secondsPerPass,
        threads,
        threads == 1 ? "" : "s");
  }

  private static List<Path> corpusFiles(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(TestCorpus.root())) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.isReadable(load) ? Files.readString(load).strip() : "unknown";
  }

  /** A born-digital Chinese PDF of {@link #GENERATED_PAGES} A4 pages, 40 lines of text each. */
  private static Path generatedChinesePdf(Path file) throws IOException {
    if (!Files.isReadable(CJK_FONT)) {
      throw new IllegalStateException(
          "CJK font " + CJK_FONT + " missing: install fonts-wqy-zenhei");
    }
    String[] sentences = {
      "自治区人力资源和社会保障厅关于做好富余劳动力转移就业工作的通知。",
      "各地州市要组织南疆四地州农村富余劳动力有序转移到内地企业就业。",
      "对吸纳新疆籍员工的企业，按每人每年一千元的标准给予稳岗补贴。",
      "公司二〇二〇年度营业收入为人民币一十二亿三千四百万元，同比增长百分之八。",
    };
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile())) {
      List<TrueTypeFont> fonts = new ArrayList<>();
      collection.processAllFonts(fonts::add);
      PDType0Font font = PDType0Font.load(document, fonts.get(0), true);
      for (int p = 0; p < GENERATED_PAGES; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10.5f);
          content.setLeading(18);
          content.newLineAtOffset(50, 790);
          for (int line = 0; line < 40; line++) {
            content.showText(
                "第"
                    + (p + 1)
                    + "页第"
                    + (line + 1)
                    + "行："
                    + sentences[(p + line) % sentences.length]);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
    return file;
  }

  static {
    // Keep the benchmark quiet: PDFBox logs font fallbacks at WARN through commons-logging.
    System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
  }
}
