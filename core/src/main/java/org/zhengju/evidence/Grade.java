package org.zhengju.evidence;

/**
 * Strength of the evidence linking a company to a programme, strongest first (CLI-CONTRACT.md,
 * DOMAIN.md §1.4).
 */
public enum Grade {
  /**
   * Named as receiving, recruiting, transporting, housing or managing programme workers, or running
   * a satellite factory.
   */
  A,
  /**
   * The company's own filing reports Xinjiang-labour subsidies or counts of transferred / minority
   * workers.
   */
  B,
  /**
   * Located in Xinjiang or controlled by the XPCC, without programme evidence (presumption only).
   */
  C,
  /** A supply-chain link to an A–C company. */
  D,
  /**
   * Programme vocabulary near the name but no link (generic terms, a denial, an unrelated list).
   */
  E;

  /** Whether this grade is stronger than {@code other}. */
  public boolean strongerThan(Grade other) {
    return compareTo(other) < 0;
  }
}
