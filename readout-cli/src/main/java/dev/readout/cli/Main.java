package dev.readout.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import dev.readout.index.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readout} command. Each subcommand is its own class; this one only dispatches. */
@Command(
    name = "readout",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns crawled news pages into clean articles, stories, statements and engagements.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      FetchCommand.class,
      SearchCommand.class,
      TimelineCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      StoriesCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests to run in-process. */
  public static CommandLine commandLine() {
    // JSON goes out as UTF-8 whatever the platform's default charset (LANG=C in containers).
    return configure(new CommandLine(new Main()))
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** How every command reports errors; tests configure a single subcommand the same way. */
  static CommandLine configure(CommandLine cl) {
    return cl.setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::usage)
        .setExecutionExceptionHandler(Main::failed);
  }

  /**
   * A usage error (an unknown option, a missing argument, a value out of range) is one line
   * naming it, with where to look, exit 2.
   */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cl.getCommand() instanceof SearchCommand) {
      String word = u.getUnmatched().stream().filter(a -> a.matches("-[^-].*")).findFirst().orElse(null);
      if (word != null) {
        // "-Russia" reads as an option; the query's own syntax needs it after "--".
        return usage(cl, "unknown option " + word + "; to exclude a word, put the query after --: readout search -- "
            + word);
      }
    }
    return usage(cl, e.getMessage());
  }

  private static int usage(CommandLine cl, String message) {
    String name = name(cl);
    cl.getErr().println(name + ": " + message + " (see " + name + " --help)");
    cl.getErr().flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * A failure a user can act on (a missing or unreadable index, a file that cannot be written, a
   * busy port) is one line naming it, exit 1; a parameter the index finds out of range is a usage
   * error, exit 2; anything else is a bug and keeps its stack trace.
   */
  static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof InvalidRequestException invalid) {
      return usage(cl, "--" + invalid.getMessage());
    }
    if (cause instanceof IOException) {
      cl.getErr().println(name(cl) + ": " + cause.getMessage());
      cl.getErr().flush();
      return 1;
    }
    e.printStackTrace(cl.getErr());
    return 1;
  }

  /** {@code readout SUBCOMMAND}, also when a test runs the subcommand on its own. */
  private static String name(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName();
    return name.startsWith("readout") ? name : "readout " + name;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
