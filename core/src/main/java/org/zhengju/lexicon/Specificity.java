package org.zhengju.lexicon;

/** How telling a lexicon term is on its own. */
public enum Specificity {
  /** Xinjiang- or programme-specific by construction (疆内转移, 南疆四地州). */
  HIGH,
  /** Programme vocabulary that is also used nationwide (劳动力转移, 稳岗补贴). */
  MEDIUM,
  /** Generic words that count only next to stronger evidence (点对点, 用工企业). */
  LOW;

  /** Parses the reference lexicon's H/M/L letters or the constant's name. */
  public static Specificity parse(String s) {
    return switch (s.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "H", "HIGH" -> HIGH;
      case "M", "MEDIUM" -> MEDIUM;
      case "L", "LOW" -> LOW;
      default ->
          throw new IllegalArgumentException("Unknown specificity: " + s + " (expected H, M or L)");
    };
  }
}
