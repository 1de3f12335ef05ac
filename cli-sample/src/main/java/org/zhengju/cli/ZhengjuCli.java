package org.zhengju.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import org.zhengju.lexicon.LexiconFormatException;
import org.zhengju.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code zhengju} command: parses options and calls the library; nothing here the library
 * cannot do.
 */
@Command(
    name = "zhengju",
    mixinStandardHelpOptions = true,
    versionProvider = ZhengjuCli.Version.class,
    description =
        "Links companies to Xinjiang labour programmes with citable evidence from Chinese filings.",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      CompaniesCommand.class,
      DossierCommand.class,
      VerifyCommand.class,
      DemoCommand.class
    })
public final class ZhengjuCli {

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the CLI with the given standard streams and returns the exit code (tests call this). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new ZhengjuCli());
    cli.setParameterExceptionHandler(ZhengjuCli::usageError);
    cli.setExecutionExceptionHandler(ZhengjuCli::failure);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    String command = e.getCommandLine().getCommandName();
    e.getCommandLine()
        .getErr()
        .println(
            "zhengju: "
                + e.getMessage()
                + " (see: zhengju "
                + ("zhengju".equals(command) ? "" : command + " ")
                + "--help)");
    return ExitCode.USAGE;
  }

  private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    int code;
    String message;
    if (e instanceof CliException c) {
      code = c.exitCode();
      message = c.getMessage();
    } else if (e instanceof QuerySyntaxException q) {
      code = ExitCode.USAGE;
      message = q.getMessage();
    } else if (e instanceof LexiconFormatException l) {
      code = ExitCode.USAGE;
      message = "bad lexicon file: " + l.getMessage();
    } else if (e instanceof NoSuchFileException n) {
      code = ExitCode.IO_OR_ENVIRONMENT;
      message = "no such file or folder: " + n.getFile();
    } else if (e instanceof IOException io) {
      code = ExitCode.IO_OR_ENVIRONMENT;
      message = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
    } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      code = ExitCode.USAGE;
      message = e.getMessage();
    } else {
      code = ExitCode.INTERNAL;
      message = "internal error: " + e + " (please report it; rerun with --verbose for details)";
    }
    PrintWriter err = cmd.getErr();
    err.println("zhengju: " + message);
    if (parsed.expandedArgs().contains("--verbose")) e.printStackTrace(err);
    err.flush();
    return code;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"zhengju " + version()};
    }

    static String version() {
      try (InputStream in =
          ZhengjuCli.class.getResourceAsStream("/org/zhengju/cli/version.properties")) {
        Properties p = new Properties();
        if (in != null) p.load(in);
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
