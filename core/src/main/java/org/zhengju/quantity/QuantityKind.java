package org.zhengju.quantity;

/** What a quantity counts. */
public enum QuantityKind {
  /** People: 人, 名, 人次 (person-times), 户 (households). */
  PERSONS,
  /** Money in yuan. */
  MONEY,
  /** Money per person (2000元/人, 每人每月300元). */
  PER_PERSON_RATE
}
