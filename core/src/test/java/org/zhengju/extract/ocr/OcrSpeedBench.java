package org.zhengju.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Benchmark, not a test: seconds per page of Tesseract at 300 dpi on the Chinese test notice,
 * single-threaded ({@code OMP_THREAD_LIMIT=1}) against Tesseract's default OpenMP threading, and
 * the notice's character error rate. Needs GNU time ({@code /usr/bin/time}) for the CPU seconds.
 *
 * <p>Run: {@code mvn -q -B -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zhengju.extract.ocr.OcrSpeedBench -Dexec.args="5 notice"}; the arguments are
 * the number of runs per mode (median reported) and the page: {@code notice} (the 2000×650 px test
 * notice) or {@code a4} (a full A4 page at 300 dpi, 2480×3508 px, with the notice repeated seven
 * times: 35 lines). Results depend heavily on other load on the machine; the load average is
 * printed.
 */
public final class OcrSpeedBench {

  private OcrSpeedBench() {}

  /**
   * Runs the benchmark; {@code args} are the runs per mode (default 3) and the page (default
   * notice).
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    boolean a4 = args.length > 1 && args[1].equals("a4");
    int repeats = a4 ? 7 : 1;
    BufferedImage notice =
        a4 ? ChineseNotice.image(2480, 3508, repeats) : ChineseNotice.image(2000, 650);
    String reference = String.join("\n", Collections.nCopies(repeats, ChineseNotice.TEXT));
    Path png = Files.createTempFile("zhengju-ocr-bench-", ".png");
    try {
      ImageIO.write(notice, "png", png.toFile());
      List<String> command =
          List.of(
              "tesseract",
              png.toString(),
              "stdout",
              "-l",
              "chi_sim+eng",
              "--psm",
              "3",
              "--dpi",
              "300");
      System.out.println("command: [OMP_THREAD_LIMIT=1] " + String.join(" ", command));
      System.out.printf(
          Locale.ROOT,
          "page: %dx%d px grey, %d runs per mode%n",
          notice.getWidth(),
          notice.getHeight(),
          runs);
      System.out.println("OMP_THREAD_LIMIT=1 : " + medians(command, true, runs));
      System.out.println("default threading  : " + medians(command, false, runs));
      System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
      try (TesseractOcrEngine engine = TesseractOcrEngine.open(OcrSettings.defaults())) {
        OcrResult result = engine.recognize(notice, 1);
        double cer = CharacterErrorRate.ignoringWhitespace(reference, result.text());
        System.out.printf(
            Locale.ROOT,
            "%s CER (whitespace ignored): %.4f = accuracy %.2f%%%n",
            engine.version(),
            cer,
            100 * (1 - cer));
        System.out.println(result.text());
      }
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /** Wall and CPU (user + system) seconds of one run, as measured by GNU time. */
  private record Timing(double wall, double cpu) {}

  private static String medians(List<String> command, boolean singleThreaded, int runs)
      throws IOException, InterruptedException {
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Timing timing = run(command, singleThreaded);
      wall.add(timing.wall());
      cpu.add(timing.cpu());
    }
    return String.format(
        Locale.ROOT, "%.2f s/page wall, %.2f s/page CPU (medians)", median(wall), median(cpu));
  }

  private static Timing run(List<String> command, boolean singleThreaded)
      throws IOException, InterruptedException {
    // GNU time reports the child's CPU time, which unlike wall time barely depends on other load.
    Path report = Files.createTempFile("zhengju-ocr-bench-", ".time");
    try {
      List<String> timed =
          new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", report.toString()));
      timed.addAll(command);
      ProcessBuilder builder =
          new ProcessBuilder(timed)
              .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
              .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null")));
      if (singleThreaded) builder.environment().put("OMP_THREAD_LIMIT", "1");
      else builder.environment().remove("OMP_THREAD_LIMIT");
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0)
        throw new IOException("tesseract failed or hung (needs /usr/bin/time): " + timed);
      String[] fields = Files.readString(report).strip().split("\\s+");
      return new Timing(
          Double.parseDouble(fields[0]),
          Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]));
    } finally {
      Files.deleteIfExists(report);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
