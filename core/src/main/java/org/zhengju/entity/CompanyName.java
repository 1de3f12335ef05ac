package org.zhengju.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One company as a document names it: its full legal name and every other name the document uses
 * for it.
 *
 * @param name full legal name as written (Chinese where the document gives one)
 * @param aliases short names (简称), English names and traditional-script forms used in the document
 * @param creditCode unified social credit code printed in the document, if any
 */
public record CompanyName(String name, List<String> aliases, Optional<String> creditCode) {
  public CompanyName {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(creditCode, "creditCode");
  }
}
