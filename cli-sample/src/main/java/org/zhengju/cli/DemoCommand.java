package org.zhengju.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.evidence.Grade;
import org.zhengju.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhengju demo}: the main job on the bundled corpus — ingest into a fresh index, list linked
 * companies and run a sample search.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest the bundled test corpus into a fresh index, list linked companies and run sample searches.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "CORPUS",
      defaultValue = "testdata/corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: a fresh temporary folder).")
  Path index;

  @Mixin LibraryOptions library;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus))
      throw new CliException(
          ExitCode.USAGE, "no corpus folder at " + corpus + " (run from the repository root)");
    Path dir = index != null ? index : Files.createTempDirectory("zhengju-demo-");
    var out = out();
    out.println("== 1. ingest " + corpus + " into " + dir);
    IngestReport report;
    try (Zhengju zj = library.open(dir, null, err())) {
      report = zj.ingest(List.of(corpus), new ProgressBar(err(), System.console() != null));
      out.printf(
          "%d files, %d documents, %d failed, %d passages, %.1f s; recognizers: %s%n",
          report.files(),
          report.documents(),
          report.withStatus(org.zhengju.ingest.FileOutcome.Status.FAILED).size(),
          report.passages(),
          report.elapsedMillis() / 1000.0,
          String.join(", ", zj.recognizerNames()));
      report
          .withStatus(org.zhengju.ingest.FileOutcome.Status.FAILED)
          .forEach(f -> out.println("  failed: " + f.source() + ": " + f.reason().orElse("")));
      out.println();
      out.println("== 2. companies linked to programmes (grade A–C)");
      CompaniesCommand.print(
          out, zj.companies().stream().filter(c -> c.grade().compareTo(Grade.C) <= 0).toList());
      for (String q : List.of("劳动力转移", "labour transfer AND place:和田", "category:SUBSIDY")) {
        out.println();
        out.println("== 3. search: " + q);
        var result = zj.search(q, 3);
        out.println(result.total() + " passages; best " + result.hits().size() + ":");
        result
            .hits()
            .forEach(
                h ->
                    out.println(
                        "  "
                            + h.source()
                            + h.page().map(p -> " p." + p).orElse("")
                            + ": "
                            + h.snippet().replace("<em>", "【").replace("</em>", "】")));
      }
    }
    out.println();
    out.println("Index kept at " + dir + " — try: ./zhengju search '富余劳动力' --index " + dir);
    return ExitCode.OK;
  }
}
