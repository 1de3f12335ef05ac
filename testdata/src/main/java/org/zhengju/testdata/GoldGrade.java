package org.zhengju.testdata;

/**
 * Expected evidence grade in the gold files, mirroring the CLI contract's grades A–E (kept separate
 * from core's {@code Grade} because core's tests depend on this module, not the other way round).
 */
public enum GoldGrade {
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
  /** Located in Xinjiang or controlled by the XPCC, without programme evidence. */
  C,
  /** A supply-chain link to an A–C company. */
  D,
  /** Programme vocabulary near the name but no link. */
  E;

  /**
   * Whether this grade counts as a programme link (A, B or C) when measuring precision and recall.
   */
  public boolean isProgrammeLink() {
    return this == A || this == B || this == C;
  }
}
