package org.zhengju.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The companies one document names, after short names, English names and variants were resolved.
 *
 * @param mentions all mentions in document order, company mentions with {@link Mention#canonical()}
 *     set to the company's name when their text differs from it
 * @param companies one entry per company, in first-seen order
 */
public record DocumentCompanies(List<Mention> mentions, List<CompanyName> companies) {
  public DocumentCompanies {
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
  }

  /** The company whose name is exactly {@code name}, if the document names one. */
  public Optional<CompanyName> company(String name) {
    Objects.requireNonNull(name, "name");
    return companies.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
