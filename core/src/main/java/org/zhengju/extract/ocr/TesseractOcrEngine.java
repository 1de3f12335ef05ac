package org.zhengju.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.zhengju.extract.ocr.internal.CjkSpaceRemover;

/**
 * An {@link OcrEngine} that runs the {@code tesseract} command-line program once per page.
 *
 * <p>Each page is written to a temporary PNG and recognized by a child process ({@code tesseract
 * page.png stdout -l chi_sim+eng --psm 6 --dpi 300}, the {@code --psm} from {@link
 * OcrSettings#pageLayout()}) with {@code OMP_THREAD_LIMIT=1}: with its default OpenMP threading
 * Tesseract is several times slower per page on a shared machine, so parallelism comes from running
 * one process per core instead. A process that exceeds {@link OcrSettings#secondsPerPage()} is
 * killed. Nothing is held between pages, so {@link #close()} has nothing to release and the engine
 * is safe to use from several threads.
 */
public final class TesseractOcrEngine implements OcrEngine {

  /** The engine's stable short name. */
  public static final String NAME = "tesseract";

  private static final String INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";
  private static final long PROBE_SECONDS = 30;

  private final String executable;
  private final OcrSettings settings;
  private final String version;

  private TesseractOcrEngine(String executable, OcrSettings settings, String version) {
    this.executable = executable;
    this.settings = settings;
    this.version = version;
  }

  /**
   * Opens an engine that runs {@code tesseract} from the {@code PATH}, after checking that it is
   * installed and has every language in {@code settings}.
   *
   * @throws OcrException if Tesseract or one of the languages is not installed; the message names
   *     the package
   */
  public static TesseractOcrEngine open(OcrSettings settings) throws OcrException {
    return open("tesseract", settings);
  }

  /**
   * Opens an engine that runs {@code executable} (a path or a name on the {@code PATH}), after
   * checking that it is installed and has every language in {@code settings}.
   *
   * @throws OcrException if the program or one of the languages is not installed; the message names
   *     the package
   */
  public static TesseractOcrEngine open(String executable, OcrSettings settings)
      throws OcrException {
    Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(settings, "settings");
    List<String> versionLines = probe(executable, "--version");
    String version =
        versionLines.isEmpty() ? NAME + " (unknown version)" : versionLines.get(0).strip();
    List<String> installed = probe(executable, "--list-langs");
    List<String> missing = new ArrayList<>();
    for (String language : settings.languages()) {
      if (installed.stream().noneMatch(line -> line.strip().equals(language)))
        missing.add(language);
    }
    if (!missing.isEmpty()) {
      List<String> packages = missing.stream().map(TesseractOcrEngine::debianPackage).toList();
      throw new OcrException(
          "Tesseract language data "
              + String.join(", ", missing)
              + " is not installed: apt-get install "
              + String.join(" ", packages));
    }
    return new TesseractOcrEngine(executable, settings, version);
  }

  @Override
  public OcrResult recognize(BufferedImage page, int pageNumber) throws OcrException {
    Objects.requireNonNull(page, "page");
    if (pageNumber < 1)
      throw new IllegalArgumentException("pageNumber must be >= 1: " + pageNumber);
    long started = System.nanoTime();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("zhengju-ocr-");
      Path image = dir.resolve("page.png");
      if (!ImageIO.write(page, "png", image.toFile()))
        throw new OcrException("cannot encode page " + pageNumber + " as PNG for OCR");
      String raw = run(dir, image, pageNumber);
      String text = CjkSpaceRemover.removeSpaces(stripTrailing(raw));
      return new OcrResult(pageNumber, text, Duration.ofNanos(System.nanoTime() - started));
    } catch (OcrException e) {
      throw e;
    } catch (IOException e) {
      throw new OcrException("OCR failed on page " + pageNumber + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private String run(Path dir, Path image, int pageNumber) throws IOException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                executable,
                image.toString(),
                "stdout",
                "-l",
                settings.languageArgument(),
                "--psm",
                Integer.toString(settings.pageLayout().tesseractMode()),
                "--dpi",
                Integer.toString(settings.dpi()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = start(builder, executable);
    try {
      if (!process.waitFor(settings.secondsPerPage(), TimeUnit.SECONDS)) {
        kill(process);
        throw new OcrException(
            "OCR timed out after " + settings.secondsPerPage() + " s on page " + pageNumber);
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new OcrException("OCR interrupted on page " + pageNumber, e);
    }
    if (process.exitValue() != 0) {
      throw new OcrException(
          "Tesseract failed on page "
              + pageNumber
              + " (exit "
              + process.exitValue()
              + "): "
              + lastLines(Files.readString(err, StandardCharsets.UTF_8)));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static List<String> probe(String executable, String option) throws OcrException {
    Path out = null;
    try {
      out = Files.createTempFile("zhengju-tesseract-", ".txt");
      // Tesseract 3 printed --version to stderr, 4 and 5 to stdout; read both.
      ProcessBuilder builder =
          new ProcessBuilder(executable, option)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile());
      Process process = start(builder, executable);
      if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        kill(process);
        throw new OcrException(
            "'" + executable + " " + option + "' did not answer within " + PROBE_SECONDS + " s");
      }
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0)
        throw new OcrException(
            "'"
                + executable
                + " "
                + option
                + "' failed (exit "
                + process.exitValue()
                + "): "
                + String.join(" / ", lines));
      return lines;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrException("interrupted while checking the Tesseract installation", e);
    } catch (OcrException e) {
      throw e;
    } catch (IOException e) {
      throw new OcrException("cannot check the Tesseract installation: " + e.getMessage(), e);
    } finally {
      deleteQuietly(out);
    }
  }

  private static Process start(ProcessBuilder builder, String executable) throws OcrException {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new OcrException(
          "Tesseract is not installed: "
              + INSTALL_HINT
              + " (cannot run '"
              + executable
              + "': "
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Debian package holding the traineddata of a Tesseract language code, e.g.
   * tesseract-ocr-chi-sim.
   */
  static String debianPackage(String language) {
    return "tesseract-ocr-" + language.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String stripTrailing(String raw) {
    // Tesseract ends each page with a form feed; drop it and trailing blank lines, keep the line
    // structure.
    int end = raw.length();
    while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) end--;
    return raw.substring(0, end);
  }

  private static String lastLines(String text) {
    String stripped = text.strip();
    return stripped.length() <= 500 ? stripped : "…" + stripped.substring(stripped.length() - 500);
  }

  private static void deleteQuietly(Path path) {
    if (path == null) return;
    try (var walk = Files.walk(path)) {
      // Temporary files only: failing to delete one must not hide the OCR result or its real error.
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      path.toFile().deleteOnExit();
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return version;
  }

  /** The settings this engine runs with. */
  public OcrSettings settings() {
    return settings;
  }
}
