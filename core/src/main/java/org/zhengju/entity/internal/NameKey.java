package org.zhengju.entity.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Builds the comparison key of a company name so that script, spacing and bracket variants compare
 * equal.
 */
public final class NameKey {
  /**
   * Words that stand for "the company" in any filing; they never identify a company across
   * documents.
   */
  public static final Set<String> GENERIC =
      Set.of("公司", "本公司", "我公司", "该公司", "企业", "本企业", "本集团", "集团", "发行人", "上市公司", "股份公司");

  private NameKey() {}

  /**
   * The key of a name already folded to simplified script: whitespace removed, full-width brackets
   * unified with ASCII ones, Latin letters lower-cased and a trailing full stop dropped ("Co., Ltd"
   * = "Co., Ltd.").
   */
  public static String of(String simplifiedName) {
    StringBuilder b = new StringBuilder(simplifiedName.length());
    for (int i = 0; i < simplifiedName.length(); i++) {
      char c = simplifiedName.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') continue;
      if (c == '（') c = '(';
      else if (c == '）') c = ')';
      else if (c == '，') c = ',';
      b.append(c);
    }
    String key = b.toString().toLowerCase(Locale.ROOT);
    return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
  }

  /** Whether {@code name} is a generic word for "the company" rather than a name. */
  public static boolean isGeneric(String name) {
    return GENERIC.contains(name.strip());
  }
}
