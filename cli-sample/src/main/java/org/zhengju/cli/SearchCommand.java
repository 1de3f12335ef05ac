package org.zhengju.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhengju.Zhengju;
import org.zhengju.search.SearchHit;
import org.zhengju.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhengju search QUERY --index DIR}: Chinese-aware full-text search over passages. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Chinese-aware full-text search over passages.",
      "QUERY: words, \"phrases\", AND/OR/NOT, \"新疆 补贴\"~10, English glosses (labour transfer),",
      "fields company:\"NAME\" category:SUBSIDY place:和田 year:2019."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query.")
  String query;

  @Mixin IndexOption index;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print hits as JSON on stdout (CLI-CONTRACT.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new CliException(ExitCode.USAGE, "--limit must be at least 1: " + limit);
    if (query.isBlank()) throw new CliException(ExitCode.USAGE, "QUERY must not be empty");
    SearchResult result;
    try (Zhengju zj = Zhengju.builder().index(index.existing()).build()) {
      result = zj.search(query, limit);
    }
    if (json) JsonOut.print(out(), toJson(result));
    else print(out(), result);
    return ExitCode.OK;
  }

  static ObjectNode toJson(SearchResult r) {
    ObjectNode o = JsonOut.object();
    o.put("query", r.query());
    o.put("total", r.total());
    ArrayNode hits = o.putArray("hits");
    for (SearchHit h : r.hits()) {
      ObjectNode n = hits.addObject();
      n.put("source", h.source());
      n.put("sha256", h.sha256());
      if (h.page().isPresent()) n.put("page", h.page().get());
      else n.putNull("page");
      n.put("score", h.score());
      n.put("snippet", h.snippet());
      n.put("start", h.start());
      n.put("end", h.end());
    }
    return o;
  }

  private static void print(PrintWriter out, SearchResult r) {
    out.println(r.total() + " passage" + (r.total() == 1 ? "" : "s") + " match " + r.query());
    for (SearchHit h : r.hits()) {
      out.printf(
          "%s%s  [%d–%d]  score %.2f%n",
          h.source(), h.page().map(p -> " p." + p).orElse(""), h.start(), h.end(), h.score());
      out.println(
          "    "
              + h.snippet()
                  .replace("<em>", "【")
                  .replace("</em>", "】")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&quot;", "\"")
                  .replace("&amp;", "&"));
    }
  }
}
