package dev.readout.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
