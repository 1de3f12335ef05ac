package org.zhengju.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.dossier.EvidenceJson;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.evidence.Grade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhengju companies --index DIR}: every company the corpus links to a programme. */
@Command(
    name = "companies",
    mixinStandardHelpOptions = true,
    description =
        "Every company the corpus links to a programme, with grade and evidence (A–C unless --all).")
final class CompaniesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print companies as JSON on stdout (CLI-CONTRACT.md).")
  boolean json;

  @Option(names = "--all", description = "Also list companies graded only D or E.")
  boolean all;

  @Override
  public Integer call() throws Exception {
    List<CompanyProfile> companies;
    try (Zhengju zj = Zhengju.builder().index(index.existing()).build()) {
      companies =
          zj.companies().stream().filter(c -> all || c.grade().compareTo(Grade.C) <= 0).toList();
    }
    if (json) {
      ObjectNode o = JsonOut.object();
      ArrayNode list = o.putArray("companies");
      companies.forEach(c -> list.add(EvidenceJson.company(c)));
      JsonOut.print(out(), o);
    } else {
      print(out(), companies);
    }
    return ExitCode.OK;
  }

  static void print(PrintWriter out, List<CompanyProfile> companies) {
    out.println(companies.size() + " compan" + (companies.size() == 1 ? "y" : "ies") + " linked:");
    for (CompanyProfile c : companies) {
      out.printf(
          "%s  %s%s  [%s]%n",
          c.grade(),
          c.name(),
          c.aliases().isEmpty() ? "" : " (" + String.join(", ", c.aliases()) + ")",
          String.join(", ", c.categories().stream().map(Enum::name).sorted().toList()));
      for (EvidenceItem e : c.evidence().stream().limit(3).toList()) {
        out.printf(
            "     %s %s%s: “%s”%n",
            e.grade(),
            e.source(),
            e.page().map(p -> " p." + p).orElse(""),
            e.quote().length() > 90 ? e.quote().substring(0, 90) + "…" : e.quote());
      }
      if (c.evidence().size() > 3) out.println("     … " + (c.evidence().size() - 3) + " more");
    }
  }
}
