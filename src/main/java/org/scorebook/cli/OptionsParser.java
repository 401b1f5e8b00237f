package org.scorebook.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.scorebook.cli.CommandLineOptions.Command;
import org.scorebook.model.Text;

/** Turns {@code args} into {@link CommandLineOptions}, checking everything in one place. */
final class OptionsParser {
  private OptionsParser() {}

  static Options optionsFor(Command command) {
    Options options = new Options();
    options.addOption(Option.builder("h").longOpt("help").desc(Text.get("cli.opt.help")).build());
    switch (command) {
      case PROCESS -> {
        options.addOption(Option.builder("o").longOpt("out").hasArg().argName(Text.get("cli.arg.dir")).desc(Text.get("cli.opt.outDir")).build());
        options.addOption(Option.builder().longOpt("json").desc(Text.get("cli.opt.json")).build());
        options.addOption(Option.builder().longOpt("in-place").desc(Text.get("cli.opt.inPlace")).build());
        options.addOption(threadsOption());
        MailSetup.addOptions(options);
      }
      case VALIDATE -> {
        options.addOption(Option.builder().longOpt("json").desc(Text.get("cli.opt.json")).build());
        options.addOption(threadsOption());
      }
      case TEMPLATE -> options.addOption(Option.builder("o").longOpt("out").hasArg().argName(Text.get("cli.arg.file")).desc(Text.get("cli.opt.outFile")).build());
      default -> { }
    }
    return options;
  }

  private static Option threadsOption() {
    return Option.builder("t").longOpt("threads").hasArg().argName("N").desc(Text.get("cli.opt.threads")).build();
  }

  static CommandLineOptions parse(String... args) throws UsageException {
    if (args.length == 0) {
      return CommandLineOptions.bare(Command.HELP, List.of());
    }
    String first = args[0];
    if (first.equals("-h") || first.equals("--help") || first.equals("help")) {
      return helpFor(args);
    }
    if (first.equals("-V") || first.equals("--version") || first.equals("version")) {
      return CommandLineOptions.bare(Command.VERSION, List.of());
    }
    Command command = commandNamed(first);
    CommandLine line = parseLine(command, Arrays.copyOfRange(args, 1, args.length));
    if (line.hasOption("help")) {
      return CommandLineOptions.bare(Command.HELP, List.of(Path.of(command.word)));
    }
    return checked(command, line);
  }

  private static CommandLineOptions helpFor(String[] args) throws UsageException {
    List<Path> topic = args.length > 1 ? List.of(Path.of(commandNamed(args[1]).word)) : List.of();
    return CommandLineOptions.bare(Command.HELP, topic);
  }

  private static Command commandNamed(String word) throws UsageException {
    for (Command command : List.of(Command.PROCESS, Command.VALIDATE, Command.TEMPLATE)) {
      if (command.word.equals(word)) {
        return command;
      }
    }
    throw new UsageException(Text.get("cli.unknownCommand", word));
  }

  private static CommandLine parseLine(Command command, String[] rest) throws UsageException {
    try {
      return DefaultParser.builder().build().parse(optionsFor(command), rest);
    } catch (ParseException e) {
      throw new UsageException(Text.get("cli.badOption", command.word, e.getMessage()));
    }
  }

  private static CommandLineOptions checked(Command command, CommandLine line) throws UsageException {
    List<Path> paths = line.getArgList().stream().map(Path::of).toList();
    Optional<Path> out = Optional.ofNullable(line.getOptionValue("out")).map(Path::of);
    boolean inPlace = line.hasOption("in-place");
    if (command == Command.TEMPLATE && !paths.isEmpty()) {
      throw new UsageException(Text.get("cli.templateTakesNoPath"));
    }
    if (command != Command.TEMPLATE && paths.isEmpty()) {
      throw new UsageException(Text.get("cli.noPath", command.word));
    }
    if (inPlace && out.isPresent()) {
      throw new UsageException(Text.get("cli.inPlaceAndOut"));
    }
    MailOptions mail = command == Command.PROCESS ? MailSetup.read(line) : MailOptions.OFF;
    return new CommandLineOptions(command, paths, out, line.hasOption("json"), inPlace, threads(line), mail);
  }

  /**
   * One workbook per processor, at most {@link #MAX_DEFAULT_THREADS}: a batch on two cores takes about
   * half the time of one at a time, and each workbook in flight is bounded in memory by the read limits.
   */
  static final int MAX_DEFAULT_THREADS = 4;

  static int defaultThreads() {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS));
  }

  private static int threads(CommandLine line) throws UsageException {
    if (!line.hasOption("threads")) {
      return defaultThreads();
    }
    String value = line.getOptionValue("threads");
    try {
      int threads = Integer.parseInt(value.trim());
      if (threads >= 1 && threads <= 64) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(Text.get("cli.badThreads", value));
  }
}
