package org.zhengju.evidence;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhengju.entity.CompanyName;
import org.zhengju.entity.internal.NameKey;
import org.zhengju.lexicon.Category;
import org.zhengju.store.DocumentRecord;

/**
 * Merges the companies of many documents into one profile per company.
 *
 * <p>Two document-level companies are one company when their legal names have the same key
 * (traditional script folded, spaces and brackets unified), when they share a defined alias (a
 * short name or English name, never a generic word like 本公司), or when they carry the same credit
 * code. Names that merely contain each other (青岚纺织 vs 青岚纺织品贸易有限公司) are never merged. Only companies
 * with evidence get a profile.
 *
 * <p>Grade D items (a supplier or customer row, see {@link EvidenceLinker}) are candidates: one
 * survives only if its counterparty, resolved like a merge (name, defined alias or credit code as
 * the listing document knows it), is a different company whose other evidence grades it A, B or C.
 * Otherwise it is dropped, and a company left without evidence gets no profile. A D item never
 * counts towards another D item, so D does not travel along chains.
 */
public final class CompanyAggregator {
  private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

  /**
   * An aggregator; holds only a script converter, used under a lock, so one instance may serve many
   * threads.
   */
  public CompanyAggregator() {}

  /**
   * Profiles of every company with evidence, strongest grade first, then by name.
   *
   * @param documents the stored documents, in corpus order (first-seen order decides names and
   *     aliases)
   */
  public List<CompanyProfile> aggregate(List<DocumentRecord> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Entry> entries = new ArrayList<>();
    for (DocumentRecord d : documents) {
      Map<String, Entry> ofDocument = new LinkedHashMap<>();
      for (CompanyName c : d.companies()) {
        Entry e = new Entry(c);
        entries.add(e);
        ofDocument.put(key(c.name()), e);
        for (String a : c.aliases()) ofDocument.putIfAbsent(key(a), e);
      }
      for (EvidenceItem item : d.evidence()) {
        Entry e = ofDocument.get(key(item.company()));
        if (e == null) {
          e = new Entry(new CompanyName(item.company(), List.of(), Optional.empty()));
          entries.add(e);
          ofDocument.put(key(item.company()), e);
        }
        e.evidence.add(item);
        if (item.grade() == Grade.D && item.counterparty().isPresent()) {
          String k = key(item.counterparty().get());
          Entry other = ofDocument.get(k);
          if (other == null) {
            other =
                new Entry(new CompanyName(item.counterparty().get(), List.of(), Optional.empty()));
            entries.add(other);
            ofDocument.put(k, other);
          }
          e.counterparties.put(item, other);
        }
      }
    }
    union(entries);
    Map<Entry, List<Entry>> groups = new LinkedHashMap<>();
    for (Entry e : entries) groups.computeIfAbsent(e.root(), r -> new ArrayList<>()).add(e);
    Map<Entry, Grade> linked = new HashMap<>();
    for (var g : groups.entrySet())
      linkGrade(g.getValue()).ifPresent(x -> linked.put(g.getKey(), x));
    List<CompanyProfile> out = new ArrayList<>();
    for (List<Entry> group : groups.values()) profile(group, linked).ifPresent(out::add);
    out.sort(Comparator.comparing(CompanyProfile::grade).thenComparing(CompanyProfile::name));
    return List.copyOf(out);
  }

  /**
   * The profile whose name or alias equals {@code nameOrAlias} after folding traditional script and
   * spacing.
   */
  public Optional<CompanyProfile> find(List<CompanyProfile> profiles, String nameOrAlias) {
    Objects.requireNonNull(profiles, "profiles");
    String wanted = key(Objects.requireNonNull(nameOrAlias, "nameOrAlias"));
    for (CompanyProfile p : profiles) {
      if (key(p.name()).equals(wanted)) return Optional.of(p);
      for (String a : p.aliases()) if (key(a).equals(wanted)) return Optional.of(p);
    }
    return Optional.empty();
  }

  private void union(List<Entry> entries) {
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : entries) {
      List<String> keys = new ArrayList<>();
      keys.add("name:" + key(e.company.name()));
      for (String a : e.company.aliases()) if (!NameKey.isGeneric(a)) keys.add("name:" + key(a));
      e.company.creditCode().ifPresent(c -> keys.add("code:" + c));
      for (String k : keys) {
        Entry other = seen.putIfAbsent(k, e);
        if (other != null) e.join(other);
      }
    }
  }

  /** The strongest A–C grade of a group's own evidence (D and E do not count). */
  private static Optional<Grade> linkGrade(List<Entry> group) {
    return group.stream()
        .flatMap(e -> e.evidence.stream())
        .map(EvidenceItem::grade)
        .filter(g -> g.compareTo(Grade.C) <= 0)
        .min(Comparator.naturalOrder());
  }

  private Optional<CompanyProfile> profile(List<Entry> group, Map<Entry, Grade> linked) {
    Entry root = group.get(0).root();
    List<EvidenceItem> evidence = new ArrayList<>();
    for (Entry e : group) {
      for (EvidenceItem item : e.evidence) {
        if (item.grade() == Grade.D) {
          Entry counterparty = e.counterparties.get(item);
          // A D item rests on its counterparty: keep it only for another company graded A–C.
          if (counterparty == null || counterparty.root() == root) continue;
          if (!linked.containsKey(counterparty.root())) continue;
        }
        evidence.add(item);
      }
    }
    if (evidence.isEmpty()) return Optional.empty();
    evidence.sort(
        Comparator.comparing(EvidenceItem::grade)
            .thenComparing(EvidenceItem::source)
            .thenComparingInt(EvidenceItem::start));
    String name =
        group.stream()
            .map(e -> e.company.name())
            .filter(CompanyAggregator::hasHan)
            .findFirst()
            .orElse(group.get(0).company.name());
    List<String> aliases = new ArrayList<>();
    for (Entry e : group) {
      List<String> forms = new ArrayList<>(List.of(e.company.name()));
      forms.addAll(e.company.aliases());
      for (String f : forms)
        if (!f.equals(name) && !NameKey.isGeneric(f) && !aliases.contains(f)) aliases.add(f);
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (EvidenceItem item : evidence) categories.addAll(item.categories());
    return Optional.of(
        new CompanyProfile(name, aliases, evidence.get(0).grade(), categories, evidence));
  }

  private String key(String name) {
    String simplified;
    // ICU does not promise that one Transliterator may be used from several threads at once.
    synchronized (toSimplified) {
      simplified = toSimplified.transliterate(name);
    }
    return NameKey.of(simplified);
  }

  private static boolean hasHan(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** One document's company, a node of a union-find over companies. */
  private static final class Entry {
    final CompanyName company;
    final List<EvidenceItem> evidence = new ArrayList<>();

    /** For each D item, the counterparty's entry in the listing document. */
    final Map<EvidenceItem, Entry> counterparties = new IdentityHashMap<>();

    Entry parent = this;

    Entry(CompanyName company) {
      this.company = company;
    }

    Entry root() {
      Entry r = this;
      while (r.parent != r) r = r.parent;
      return r;
    }

    void join(Entry other) {
      Entry a = root();
      Entry b = other.root();
      if (a != b) a.parent = b;
    }
  }
}
