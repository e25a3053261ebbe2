package dev.readout.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::failed)
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * A failure a user can act on (a missing or unreadable index, a file that cannot be written)
   * is one line naming it, exit 1; anything else is a bug and keeps its stack trace.
   */
  static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof IOException) {
      cl.getErr().println("readout " + cl.getCommandName() + ": " + cause.getMessage());
      return 1;
    }
    e.printStackTrace(cl.getErr());
    return 1;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
