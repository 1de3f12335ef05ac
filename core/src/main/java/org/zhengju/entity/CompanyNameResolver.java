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
import org.zhengju.entity.internal.NameKey;
import org.zhengju.normalize.NormalizedText;

/**
 * Resolves the company mentions of one document (from any number of recognizers) to one entry per
 * company.
 *
 * <p>Legal names compare by a key that folds traditional script (via the match text), drops spaces
 * and unifies brackets, so 青嵐紡織科技有限公司 and 青岚纺织科技有限公司 are one company; the simplified (else
 * first-seen) form is the name and the other forms are aliases. A mention without a legal-form
 * suffix (e.g. a CoreNLP ORG) resolves to a company when it is a defined alias of it, or a prefix
 * or trade name of exactly one legal name; otherwise it stays a company of its own only if its
 * recognizer called it a company. Look-alike legal names (青岚纺织科技有限公司, 青岚纺织品贸易有限公司) have different
 * keys and stay apart. A valid unified social credit code printed just after (or shortly before) a
 * name is attached to that company.
 */
public final class CompanyNameResolver {
  private static final Pattern CREDIT_CODE =
      Pattern.compile(
          "(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])");
  private static final Pattern LEGAL_FORM =
      Pattern.compile("(?:公司|合作社|工厂|厂|扶贫车间|Ltd\\.?|Limited|Corp\\.|Corporation|Inc\\.)$");
  private static final int CODE_AFTER_NAME = 80;
  private static final int CODE_BEFORE_NAME = 30;

  /** A resolver with no state; one instance may serve any number of documents. */
  public CompanyNameResolver() {}

  /**
   * Resolves {@code mentions} found in {@code text}.
   *
   * @param text the normalized document
   * @param mentions mentions from one or more recognizers, any order
   * @return mentions in document order with canonical names filled, and the companies they name
   */
  public DocumentCompanies resolve(NormalizedText text, List<Mention> mentions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mentions, "mentions");
    List<Mention> ordered = withoutShadowed(mentions);
    Map<String, Builder> byKey = new LinkedHashMap<>();
    Map<String, Builder> byAlias = new LinkedHashMap<>();
    Map<String, String> keyOfText = new LinkedHashMap<>();

    // Pass 1: legal names (no canonical, legal-form suffix) define companies.
    for (Mention m : ordered) {
      if (m.kind() != EntityKind.COMPANY || m.canonical().isPresent() || !hasLegalForm(m.text()))
        continue;
      keyOfText.putIfAbsent(m.text(), key(text, m));
      byKey
          .computeIfAbsent(key(text, m), k -> new Builder())
          .addForm(m.text(), isSimplified(text, m));
    }
    // Pass 2: defined names point at a legal name.
    for (Mention m : ordered) {
      if (m.kind() != EntityKind.COMPANY || m.canonical().isEmpty()) continue;
      String canonicalKey =
          keyOfText.getOrDefault(m.canonical().get(), NameKey.of(m.canonical().get()));
      Builder b = byKey.computeIfAbsent(canonicalKey, k -> new Builder());
      if (b.forms.isEmpty()) b.addForm(m.canonical().get(), true);
      b.addAlias(m.text());
      byAlias.put(key(text, m), b);
    }
    List<Mention> resolved = new ArrayList<>();
    for (Mention m : ordered) resolved.add(resolveOne(text, m, byKey, byAlias));
    attachCreditCodes(text, resolved, byKey, keyOfText);

    List<CompanyName> companies = new ArrayList<>();
    for (Builder b : byKey.values()) {
      if (!b.forms.isEmpty() && !companies.contains(b.build())) companies.add(b.build());
    }
    return new DocumentCompanies(resolved, companies);
  }

  private Mention resolveOne(
      NormalizedText text, Mention m, Map<String, Builder> byKey, Map<String, Builder> byAlias) {
    if (m.kind() != EntityKind.COMPANY && m.kind() != EntityKind.ORGANIZATION) return m;
    String k = key(text, m);
    Builder b = byKey.get(k);
    if (b == null) b = byAlias.get(k);
    if (b == null && m.canonical().isEmpty()) b = uniquePrefixOwner(k, byKey).orElse(null);
    if (b == null) {
      if (m.kind() != EntityKind.COMPANY) return m;
      b = byKey.computeIfAbsent(k, x -> new Builder());
      b.addForm(m.text(), isSimplified(text, m));
      return m;
    }
    if (b.forms.isEmpty()) return m;
    b.addAlias(m.text());
    String name = b.name();
    Optional<String> canonical = m.text().equals(name) ? Optional.empty() : Optional.of(name);
    return new Mention(
        EntityKind.COMPANY,
        m.text(),
        m.start(),
        m.end(),
        m.normalizedStart(),
        m.normalizedEnd(),
        canonical,
        m.recognizer());
  }

  /**
   * The one legal name that {@code key} is a trade name or prefix of (at least two characters), if
   * unique.
   */
  private static Optional<Builder> uniquePrefixOwner(String key, Map<String, Builder> byKey) {
    if (key.length() < 2 || NameKey.isGeneric(key)) return Optional.empty();
    Builder owner = null;
    for (Map.Entry<String, Builder> e : byKey.entrySet()) {
      if (e.getKey().equals(key) || !e.getKey().contains(key) || !hasLegalForm(e.getKey()))
        continue;
      if (owner != null && owner != e.getValue()) return Optional.empty();
      owner = e.getValue();
    }
    return Optional.ofNullable(owner);
  }

  private static void attachCreditCodes(
      NormalizedText text,
      List<Mention> resolved,
      Map<String, Builder> byKey,
      Map<String, String> keyOfText) {
    Matcher m = CREDIT_CODE.matcher(text.matchText());
    while (m.find()) {
      // Only codes of market-regulation registrants (9…: companies, sole traders, farmers'
      // cooperatives) name a
      // company; a government organ's code (1…) printed beside a company must not be attached to
      // it.
      if (m.group().charAt(0) != '9' || !CreditCode.isValid(m.group())) continue;
      Mention owner = null;
      for (Mention candidate : resolved) {
        if (candidate.kind() != EntityKind.COMPANY) continue;
        int gapAfter = m.start() - candidate.normalizedEnd();
        int gapBefore = candidate.normalizedStart() - m.end();
        if (gapAfter >= 0 && gapAfter <= CODE_AFTER_NAME)
          owner = candidate; // the nearest preceding name wins
        else if (owner == null && gapBefore >= 0 && gapBefore <= CODE_BEFORE_NAME)
          owner = candidate;
      }
      if (owner == null) continue;
      String name = owner.resolvedName();
      Builder b = byKey.get(keyOfText.getOrDefault(name, NameKey.of(name)));
      if (b != null && b.creditCode == null) b.creditCode = m.group();
    }
  }

  /**
   * Drops non-rule mentions that overlap a rule company mention: suffix rules know the full extent
   * of a name.
   */
  private static List<Mention> withoutShadowed(List<Mention> mentions) {
    List<Mention> rules =
        mentions.stream()
            .filter(
                m ->
                    m.kind() == EntityKind.COMPANY
                        && m.recognizer().equals(RuleCompanyRecognizer.NAME))
            .toList();
    List<Mention> kept = new ArrayList<>();
    for (Mention m : mentions) {
      boolean shadowed =
          !m.recognizer().equals(RuleCompanyRecognizer.NAME)
              && rules.stream()
                  .anyMatch(
                      r ->
                          r.normalizedStart() < m.normalizedEnd()
                              && m.normalizedStart() < r.normalizedEnd());
      if (!shadowed && !kept.contains(m)) kept.add(m);
    }
    kept.sort(
        Comparator.comparingInt(Mention::normalizedStart).thenComparingInt(Mention::normalizedEnd));
    return kept;
  }

  private static String key(NormalizedText text, Mention m) {
    return NameKey.of(text.matchText().substring(m.normalizedStart(), m.normalizedEnd()));
  }

  private static boolean isSimplified(NormalizedText text, Mention m) {
    return text.text()
        .regionMatches(
            m.normalizedStart(), text.matchText(), m.normalizedStart(), m.text().length());
  }

  private static boolean hasLegalForm(String name) {
    return LEGAL_FORM.matcher(name.strip()).find();
  }

  /** Collects the forms of one company's name as the document uses them. */
  private static final class Builder {
    private final List<String> forms = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();
    private String preferred;
    private boolean preferredSimplified;
    private String creditCode;

    void addForm(String form, boolean simplified) {
      if (!forms.contains(form)) forms.add(form);
      if (preferred == null || (simplified && !preferredSimplified)) {
        preferred = form;
        preferredSimplified = simplified;
      }
    }

    void addAlias(String alias) {
      if (!aliases.contains(alias)) aliases.add(alias);
    }

    String name() {
      return preferred;
    }

    CompanyName build() {
      List<String> all = new ArrayList<>();
      for (String f : forms) if (!f.equals(preferred) && !all.contains(f)) all.add(f);
      for (String a : aliases) if (!a.equals(preferred) && !all.contains(a)) all.add(a);
      return new CompanyName(preferred, all, Optional.ofNullable(creditCode));
    }
  }
}
