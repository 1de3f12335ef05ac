package org.zhengju.index.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhengju.entity.CompanyName;
import org.zhengju.store.DocumentRecord;

/**
 * Resolves a company name given in a query to every name the corpus uses for the same company, by
 * exact match against the legal names and aliases of the stored document records. Look-alikes (青岚纺织
 * vs 青岚纺织品贸易有限公司) never match because nothing is matched by prefix or similarity.
 */
public final class CompanyDirectory {
  private final Map<String, Set<String>> namesByName = new HashMap<>();
  private final UnaryOperator<String> folder;

  /**
   * A directory of the companies named in {@code records}; {@code folder} folds traditional script.
   */
  public CompanyDirectory(List<DocumentRecord> records, UnaryOperator<String> folder) {
    this.folder = folder;
    for (DocumentRecord record : records) {
      for (CompanyName company : record.companies()) {
        Set<String> names = new LinkedHashSet<>();
        names.add(company.name());
        names.addAll(company.aliases());
        for (String n : names) {
          namesByName.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(names);
          namesByName.computeIfAbsent(folder.apply(n), k -> new LinkedHashSet<>()).addAll(names);
        }
      }
    }
  }

  /**
   * Every name of the company called {@code name} (legal names and aliases), always including
   * {@code name}.
   */
  public Set<String> namesOf(String name) {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.addAll(namesByName.getOrDefault(name, Set.of()));
    names.addAll(namesByName.getOrDefault(folder.apply(name), Set.of()));
    return names;
  }
}
