package org.zhengju.lexicon;

/** The programme-evidence categories the library reports (CLI-CONTRACT.md, "Categories"). */
public enum Category {
  LABOUR_TRANSFER,
  SURPLUS_LABOUR,
  VOCATIONAL_TRAINING_CENTRE,
  POVERTY_ALLEVIATION,
  PAIRING_ASSISTANCE,
  XPCC,
  SUBSIDY,
  COERCION_INDICATOR,
  ETHNIC_MINORITY_WORKERS,
  XINJIANG_PLACE
}
