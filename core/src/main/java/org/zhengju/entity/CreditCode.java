package org.zhengju.entity;

import java.util.Objects;

/**
 * Checks unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters whose last one is a
 * check digit over the first 17, and whose characters 3–8 are the registrar's
 * administrative-division code.
 */
public final class CreditCode {
  /** The code alphabet; a character's index is its value (0–30). I, O, S, V and Z are not used. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /**
   * Whether {@code code} is a well-formed unified social credit code whose check digit is correct.
   */
  public static boolean isValid(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != 18) return false;
    for (int i = 2; i < 8; i++) if (!Character.isDigit(code.charAt(i))) return false;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) return false;
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check) == code.charAt(17);
  }

  /**
   * Whether the code was issued by a Xinjiang registrar (characters 3–4 are {@code 65}); does not
   * check validity.
   */
  public static boolean isXinjiang(String code) {
    Objects.requireNonNull(code, "code");
    return code.length() == 18 && code.startsWith("65", 2);
  }
}
