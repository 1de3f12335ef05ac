package org.zhengju.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Human-readable output: UTF-8 stdout for results, stderr for progress and warnings. */
final class Terminal {
  static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  private Terminal() {}

  static void warn(String message) {
    ERR.println("zhengju: warning: " + message);
  }
}
