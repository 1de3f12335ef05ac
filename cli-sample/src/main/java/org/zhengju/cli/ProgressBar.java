package org.zhengju.cli;

import java.io.PrintWriter;
import org.zhengju.ingest.FileOutcome;
import org.zhengju.ingest.IngestListener;

/**
 * Draws ingest progress on stderr: a redrawn bar on a terminal, a line every few percent otherwise
 * (CI logs).
 */
final class ProgressBar implements IngestListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean interactive;
  private final long t0 = System.nanoTime();
  private int failed;
  private int lastPercentLogged = -1;

  ProgressBar(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public void started(int totalFiles) {
    err.println("zhengju: ingesting " + totalFiles + " file" + (totalFiles == 1 ? "" : "s"));
  }

  @Override
  public void outcome(FileOutcome outcome) {
    if (outcome.status() == FileOutcome.Status.FAILED) {
      failed++;
      if (interactive) err.print("\r\033[K");
      err.println("  failed: " + outcome.source() + ": " + outcome.reason().orElse(""));
    }
  }

  @Override
  public void fileDone(String source, int done, int total) {
    int percent = total == 0 ? 100 : done * 100 / total;
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (interactive) {
      int filled = WIDTH * percent / 100;
      err.printf(
          "\r[%s%s] %3d%% %d/%d files, %d failed, %.1fs  %s\033[K",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          percent,
          done,
          total,
          failed,
          seconds,
          shorten(source));
      if (done == total) err.println();
      err.flush();
    } else if (percent / 10 != lastPercentLogged / 10 || done == total) {
      lastPercentLogged = percent;
      err.printf("  %3d%% %d/%d files, %d failed, %.1fs%n", percent, done, total, failed, seconds);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
  }
}
