package org.zhengju.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.ingest.FileOutcome;
import org.zhengju.ingest.IngestListener;
import org.zhengju.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhengju ingest PATH... --index DIR}: extract, analyse, link and index files. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Extract, normalize, tag, recognize, link and index every file under the paths.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders (walked recursively).")
  List<Path> paths;

  @Mixin IndexOption index;
  @Mixin LibraryOptions library;

  @Option(names = "--json", description = "Print the summary as JSON on stdout (CLI-CONTRACT.md).")
  boolean json;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths)
      if (!Files.exists(p)) throw new CliException(ExitCode.USAGE, "no such file or folder: " + p);
    IngestReport report;
    try (Zhengju zj = library.open(index.index, threads, err())) {
      IngestListener progress = new ProgressBar(err(), System.console() != null);
      report = zj.ingest(paths, progress);
      err().println("zhengju: recognizers: " + String.join(", ", zj.recognizerNames()));
    }
    if (json) JsonOut.print(out(), toJson(report));
    else printSummary(out(), report);
    return report.hasFailures() ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }

  static ObjectNode toJson(IngestReport r) {
    ObjectNode o = JsonOut.object();
    o.put("files", r.files());
    o.put("documents", r.documents());
    o.put("skipped", r.skipped());
    ArrayNode failed = o.putArray("failed");
    for (FileOutcome f : r.withStatus(FileOutcome.Status.FAILED))
      failed.addObject().put("source", f.source()).put("reason", f.reason().orElse(""));
    ArrayNode partial = o.putArray("partial");
    for (FileOutcome f : r.withStatus(FileOutcome.Status.PARTIAL))
      partial.addObject().put("source", f.source()).put("reason", f.reason().orElse(""));
    o.put("passages", r.passages());
    o.put("companies", r.companies());
    o.put("elapsedMs", r.elapsedMillis());
    return o;
  }

  private static void printSummary(PrintWriter out, IngestReport r) {
    out.printf(
        "%d files, %d documents indexed, %d skipped, %d failed, %d partial; %d passages; %d companies linked (A–C); %.1f s%n",
        r.files(),
        r.documents(),
        r.skipped(),
        r.withStatus(FileOutcome.Status.FAILED).size(),
        r.withStatus(FileOutcome.Status.PARTIAL).size(),
        r.passages(),
        r.companies(),
        r.elapsedMillis() / 1000.0);
    for (FileOutcome f : r.withStatus(FileOutcome.Status.FAILED))
      out.println("  failed:  " + f.source() + ": " + f.reason().orElse(""));
    for (FileOutcome f : r.withStatus(FileOutcome.Status.PARTIAL))
      out.println("  partial: " + f.source() + ": " + f.reason().orElse(""));
  }
}
