package org.zhengju.dossier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.lexicon.Category;

/**
 * The JSON shape of companies and evidence items fixed by CLI-CONTRACT.md, shared by the CLI's
 * {@code companies --json} and the JSON dossier so the two never drift apart.
 */
public final class EvidenceJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EvidenceJson() {}

  /** {@code {"name", "aliases", "grade", "categories", "evidence": [...]}} for one company. */
  public static ObjectNode company(CompanyProfile c) {
    ObjectNode o = F.objectNode();
    o.put("name", c.name());
    ArrayNode aliases = o.putArray("aliases");
    c.aliases().forEach(aliases::add);
    o.put("grade", c.grade().name());
    ArrayNode categories = o.putArray("categories");
    c.categories().stream()
        .sorted(Comparator.comparing(Category::ordinal))
        .forEach(x -> categories.add(x.name()));
    ArrayNode evidence = o.putArray("evidence");
    c.evidence().forEach(e -> evidence.add(evidence(e)));
    return o;
  }

  /**
   * {@code {"source", "sha256", "page", "start", "end", "quote", "categories", "grade"}} for one
   * evidence item, plus {@code "rationale"}, and {@code "counterparty"} (the supplier or customer a
   * grade-D item rests on) only when the item has one.
   */
  public static ObjectNode evidence(EvidenceItem e) {
    ObjectNode o = F.objectNode();
    o.put("source", e.source());
    o.put("sha256", e.sha256());
    if (e.page().isPresent()) o.put("page", e.page().get());
    else o.putNull("page");
    o.put("start", e.start());
    o.put("end", e.end());
    o.put("quote", e.quote());
    ArrayNode categories = o.putArray("categories");
    e.categories().stream()
        .sorted(Comparator.comparing(Category::ordinal))
        .forEach(x -> categories.add(x.name()));
    o.put("grade", e.grade().name());
    o.put("rationale", e.rationale());
    e.counterparty().ifPresent(c -> o.put("counterparty", c));
    return o;
  }
}
