package org.zhengju.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit found in a document, normalized to a plain value.
 *
 * @param kind persons, money or per-person rate
 * @param value the value in base units: persons, or yuan (1.2万人 → 12000; 3亿元 → 300000000)
 * @param unit the unit as written (人次, 万元, 元/人 …)
 * @param qualifier approximator or scope as written (余, 近, 约, 累计 …), if any
 * @param period for rates, the period as written (月, 年), if any
 * @param start source offset
 * @param end source end offset, exclusive
 * @param normalizedStart offset in the normalized text
 * @param normalizedEnd end offset in the normalized text, exclusive
 */
public record Quantity(
    QuantityKind kind,
    BigDecimal value,
    String unit,
    Optional<String> qualifier,
    Optional<String> period,
    int start,
    int end,
    int normalizedStart,
    int normalizedEnd) {
  public Quantity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(period, "period");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad source range");
    if (normalizedStart < 0 || normalizedEnd < normalizedStart)
      throw new IllegalArgumentException("bad normalized range");
  }
}
