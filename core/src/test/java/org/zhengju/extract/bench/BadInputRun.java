package org.zhengju.extract.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.tika.TikaTextExtractor;

/**
 * Manual check, not a test: runs {@link TikaTextExtractor} over every file of a directory of bad
 * and odd inputs (default {@code /work/shared/data/badinput}, read in place, never copied) and
 * prints one line per outcome, the time taken, and any exception that escaped the extractor (there
 * should be none).
 *
 * <p>Run with a small heap to catch memory bombs, e.g. after {@code mvn -q -B -pl core test-compile
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}: {@code java -Xmx512m -cp
 * core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt)
 * org.zhengju.extract.bench.BadInputRun [directory] [file-name-to-skip…]}.
 */
public final class BadInputRun {

  private BadInputRun() {}

  /** Runs the check; {@code args[0]} is the directory, further arguments are file names to skip. */
  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args.length > 0 ? args[0] : "/work/shared/data/badinput");
    if (!Files.isDirectory(directory)) {
      System.out.println("no bad-input directory at " + directory + "; nothing to check");
      return;
    }
    List<String> skipped = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    int escaped = 0;
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (skipped.contains(name) || name.endsWith(".md")) continue;
        long start = System.nanoTime();
        try {
          List<ExtractionOutcome> outcomes = extractor.extract(file, name);
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              Locale.ROOT, "%-48s %6.2f s  %d outcome(s)%n", name, seconds, outcomes.size());
          outcomes.stream().limit(6).forEach(o -> System.out.println("    " + describe(o)));
          if (outcomes.size() > 6) System.out.println("    … " + (outcomes.size() - 6) + " more");
        } catch (Throwable t) {
          escaped++;
          System.out.printf(Locale.ROOT, "%-48s ESCAPED %s%n", name, t);
        }
      }
    }
    System.out.println(
        escaped == 0 ? "no exception escaped" : escaped + " file(s) let an exception escape");
  }

  private static String describe(ExtractionOutcome outcome) {
    if (outcome instanceof ExtractionOutcome.Extracted e) {
      return "OK   "
          + e.source()
          + " "
          + e.document().mediaType()
          + " chars="
          + e.document().text().length()
          + " lang="
          + e.document().metadata().language().orElse("-")
          + e.partialReason().map(r -> " PARTIAL: " + r).orElse("");
    }
    return "FAIL " + outcome.source() + ": " + ((ExtractionOutcome.Failed) outcome).reason();
  }
}
