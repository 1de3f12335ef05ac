package org.zhengju.cli;

/** The CLI's exit codes, fixed by CLI-CONTRACT.md. */
final class ExitCode {
  static final int OK = 0;
  static final int SOME_INPUTS_FAILED = 1;
  static final int USAGE = 2;
  static final int IO_OR_ENVIRONMENT = 3;
  static final int INTEGRITY = 4;
  static final int INTERNAL = 70;

  private ExitCode() {}
}
