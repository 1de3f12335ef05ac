package org.zhengju.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengju.entity.internal.AliasDefinition;
import org.zhengju.entity.internal.AliasDefinitions;
import org.zhengju.entity.internal.CompanyNameScanner;
import org.zhengju.entity.internal.GlossaryCells;
import org.zhengju.entity.internal.NameKey;
import org.zhengju.entity.internal.Span;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;

/**
 * Recognizes company names by rule: legal names by their legal-form suffix (有限公司, 专业合作社, 卫星工厂, Co.,
 * Ltd. …), government bodies by their name pattern (so they are not taken for companies), and the
 * short names a document defines (以下简称, 释义 rows, English names in brackets, English definitions
 * sections) wherever they are used later.
 *
 * <p>Matches against {@link NormalizedText#matchText()} (traditional folded) and reports the
 * original-script text of {@link NormalizedText#text()}. Short-name mentions carry the legal name
 * as {@link Mention#canonical()}. Generic words (本公司, 公司) are names only when a 释义 row defines
 * them; 释义 rows are read even when normalization ran their cells together ({@link GlossaryCells}).
 * A factory or workshop named after a company of the document (錦繡服飾第三衛星工廠) is reported with that
 * company as its canonical name. Registered under the name {@code rules}.
 */
public final class RuleCompanyRecognizer implements EntityRecognizer {
  /** Suffixes of a company's units: its factories and workshops. */
  private static final Pattern UNIT = Pattern.compile("(?:卫星工厂|扶贫车间|车间|工厂|厂)$");

  /** The stable short name of this recognizer. */
  public static final String NAME = "rules";

  /** A recognizer with the built-in rules. */
  public RuleCompanyRecognizer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Mention> recognize(NormalizedText text, List<Passage> passages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(passages, "passages");
    String match = text.matchText();
    // Glossary columns (a lone 指 between dropped whitespace) are masked so names do not run across
    // them.
    GlossaryCells cells = GlossaryCells.of(text);
    String scan = cells.masked();
    List<Span> legal = CompanyNameScanner.companies(scan);
    List<AliasDefinition> definitions = new ArrayList<>(AliasDefinitions.find(scan, legal));
    definitions.addAll(cells.rows(legal));

    Map<Span, Mention> found = new LinkedHashMap<>();
    Map<Span, String> canonicalOfLegal = new LinkedHashMap<>();
    for (AliasDefinition d : definitions) {
      String legalName = slice(text.text(), d.legalName());
      if (legal.contains(d.alias())) canonicalOfLegal.put(d.alias(), legalName);
    }
    // A legal name defined once as another's alias (an English name) is that alias wherever it
    // recurs.
    Map<String, String> canonicalOfText = new LinkedHashMap<>();
    canonicalOfLegal.forEach((span, name) -> canonicalOfText.putIfAbsent(slice(match, span), name));
    for (Span s : legal) {
      String same = canonicalOfText.get(slice(match, s));
      if (same != null) canonicalOfLegal.putIfAbsent(s, same);
    }
    unitsOfNamedCompanies(text, legal, definitions, canonicalOfLegal);
    for (Span s : legal) {
      found.put(
          s, mention(text, EntityKind.COMPANY, s, Optional.ofNullable(canonicalOfLegal.get(s))));
    }
    for (Span s : CompanyNameScanner.governmentBodies(scan)) {
      if (legal.stream().noneMatch(s::overlaps))
        found.put(s, mention(text, EntityKind.GOVERNMENT_BODY, s, Optional.empty()));
    }
    addDefinedNames(text, definitions, legal, canonicalOfLegal, found);

    List<Mention> result = new ArrayList<>();
    for (Mention m : found.values()) if (insideAny(passages, m)) result.add(m);
    result.sort(
        Comparator.comparingInt(Mention::normalizedStart).thenComparingInt(Mention::normalizedEnd));
    return List.copyOf(result);
  }

  /**
   * Gives a factory or workshop named after a company of the document (錦繡服飾第三衛星工廠 after 和田錦繡服飾有限公司
   * defined 錦繡服飾) that company as its canonical name: it is a unit of the company, not a company of
   * its own.
   */
  private static void unitsOfNamedCompanies(
      NormalizedText text,
      List<Span> legal,
      List<AliasDefinition> definitions,
      Map<Span, String> canonicalOfLegal) {
    String match = text.matchText();
    Map<String, String> legalNameOfPrefix = new LinkedHashMap<>();
    for (AliasDefinition d : definitions) {
      String alias = slice(match, d.alias());
      if (!NameKey.isGeneric(alias))
        legalNameOfPrefix.putIfAbsent(alias, slice(text.text(), d.legalName()));
    }
    for (Span s : legal) {
      String name = slice(match, s);
      if (!UNIT.matcher(name).find()) legalNameOfPrefix.putIfAbsent(name, slice(text.text(), s));
    }
    for (Span s : legal) {
      if (canonicalOfLegal.containsKey(s)) continue;
      String name = slice(match, s);
      Matcher unit = UNIT.matcher(name);
      if (!unit.find()) continue;
      for (Map.Entry<String, String> e : legalNameOfPrefix.entrySet()) {
        String prefix = e.getKey();
        if (prefix.length() >= 2
            && name.startsWith(prefix)
            && prefix.length() <= unit.start()
            && !name.substring(prefix.length()).contains("公司")) {
          canonicalOfLegal.put(s, e.getValue());
          break;
        }
      }
    }
  }

  /**
   * Adds each defined short name where it is defined and wherever it is used outside a longer name.
   * A short name defined for an English legal name that is itself an alias ("Hengyuan" means
   * Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司)) stands for the company's Chinese name, so that both
   * resolve to one company.
   */
  private static void addDefinedNames(
      NormalizedText text,
      List<AliasDefinition> definitions,
      List<Span> legal,
      Map<Span, String> canonicalOfLegal,
      Map<Span, Mention> found) {
    String match = text.matchText();
    for (AliasDefinition d : definitions) {
      if (legal.contains(d.alias())) continue;
      Optional<String> canonical =
          Optional.of(
              canonicalOfLegal.getOrDefault(d.legalName(), slice(text.text(), d.legalName())));
      found.putIfAbsent(d.alias(), mention(text, EntityKind.COMPANY, d.alias(), canonical));
      String alias = slice(match, d.alias());
      // Bare 公司 is too common to follow through a document even when a 释义 row defines it.
      if (alias.equals("公司") || (!d.glossary() && NameKey.isGeneric(alias))) continue;
      for (int at = match.indexOf(alias); at >= 0; at = match.indexOf(alias, at + alias.length())) {
        Span use = new Span(at, at + alias.length());
        if (found.keySet().stream().anyMatch(use::overlaps)) continue;
        found.put(use, mention(text, EntityKind.COMPANY, use, canonical));
      }
    }
  }

  private static Mention mention(
      NormalizedText text, EntityKind kind, Span s, Optional<String> canonical) {
    return new Mention(
        kind,
        slice(text.text(), s),
        text.sourceStart(s.start()),
        text.sourceEnd(s.end()),
        s.start(),
        s.end(),
        canonical,
        NAME);
  }

  private static boolean insideAny(List<Passage> passages, Mention m) {
    for (Passage p : passages)
      if (p.containsNormalized(m.normalizedStart(), m.normalizedEnd())) return true;
    return false;
  }

  private static String slice(String s, Span span) {
    return s.substring(span.start(), span.end());
  }
}
