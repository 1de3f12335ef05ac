package org.zhengju.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.dossier.Dossier;
import org.zhengju.dossier.DossierWriter;
import org.zhengju.dossier.JsonDossierWriter;
import org.zhengju.evidence.CompanyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhengju dossier NAME --index DIR --format json}: one company's dossier. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description = "One company's dossier (NAME: legal name or any alias).")
final class DossierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private static final List<DossierWriter> WRITERS = List.of(new JsonDossierWriter());

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "Legal name or any alias of the company.")
  String name;

  @Mixin IndexOption index;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (html, csv and ftm are planned). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of stdout.")
  Path output;

  @Override
  public Integer call() throws Exception {
    DossierWriter writer =
        WRITERS.stream()
            .filter(w -> w.format().equals(format))
            .findFirst()
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCode.USAGE,
                        "dossier format '"
                            + format
                            + "' is not available yet; available: "
                            + String.join(
                                ", ", WRITERS.stream().map(DossierWriter::format).toList())));
    CompanyProfile company;
    try (Zhengju zj = Zhengju.builder().index(index.existing()).build()) {
      company =
          zj.company(name)
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitCode.USAGE,
                          "no company named '"
                              + name
                              + "' in the index (list them with: zhengju companies --all --index "
                              + index.index
                              + ")"));
    }
    Dossier dossier = new Dossier(company, Instant.now(), ZhengjuCli.Version.version());
    if (output == null) {
      var buffer = new java.io.ByteArrayOutputStream();
      writer.write(dossier, buffer);
      out().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
      out().flush();
    } else {
      try (OutputStream out = Files.newOutputStream(output)) {
        writer.write(dossier, out);
      }
      err().println("zhengju: wrote " + output);
    }
    return ExitCode.OK;
  }
}
