package org.zhengju.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.verify.Mismatch;
import org.zhengju.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhengju verify --index DIR}: re-hash sources and re-find every quote. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Re-hash every source file still present and re-find every quote at its cited location.")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    VerificationReport r;
    try (Zhengju zj = Zhengju.builder().index(index.existing()).build()) {
      r = zj.verify();
    }
    if (json) {
      ObjectNode o = JsonOut.object();
      o.put("ok", r.ok());
      o.put("documents", r.documents());
      o.put("quotes", r.quotes());
      ArrayNode missing = o.putArray("missing");
      r.missing().forEach(missing::add);
      ArrayNode mismatches = o.putArray("mismatches");
      for (Mismatch m : r.mismatches())
        mismatches.addObject().put("source", m.source()).put("problem", m.problem());
      JsonOut.print(out(), o);
    } else {
      out()
          .printf(
              "%d documents re-read, %d quotes re-found, %d sources missing, %d mismatches%n",
              r.documents(), r.quotes(), r.missing().size(), r.mismatches().size());
      r.mismatches().forEach(m -> out().println("  mismatch: " + m.source() + ": " + m.problem()));
      r.missing().forEach(m -> out().println("  missing:  " + m));
    }
    if (!r.ok()) {
      err().println("zhengju: integrity check failed: " + r.mismatches().size() + " mismatch(es)");
      return ExitCode.INTEGRITY;
    }
    return ExitCode.OK;
  }
}
