package org.scorebook.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.scorebook.department.SortOrder;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Text;
import org.scorebook.panel.PanelRule;
import org.scorebook.template.TemplateKind;
import org.scorebook.template.TemplateKinds;
import org.scorebook.watch.DropFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command's options, and every check of them, in one place: {@link #parse} reads the command
 * word and lets commons-cli read the rest once; {@link #workbooks}, {@link #template}, {@link
 * #watch}, {@link #summary}, {@link #panel} and {@link #mail} check each option once and return the
 * command's record. A wrong command line is a {@link UsageException} in Chinese, pointing to the
 * command's help.
 */
final class OptionsParser {
  private static final Logger LOG = LoggerFactory.getLogger(OptionsParser.class);

  /**
   * One workbook per processor, at most {@link #MAX_DEFAULT_THREADS}: a batch on two cores takes
   * about half the time of one at a time, and each workbook in flight is bounded in memory by the
   * read limits.
   */
  static final int MAX_DEFAULT_THREADS = 4;

  private static final ThreadsOption WORKBOOK_THREADS =
      new ThreadsOption("t", "N", "cli.opt.threads", 64, "cli.badThreads");
  private static final ThreadsOption WATCH_THREADS =
      new ThreadsOption(
          "t", "N", "watch.opt.threads", WatchOptions.MAX_THREADS, "watch.badThreads");
  private static final ThreadsOption SUMMARY_THREADS =
      new ThreadsOption(
          null,
          "1|2",
          "department.opt.threads",
          SummaryOptions.MAX_THREADS,
          "department.badThreads");

  /** The longest {@code --interval}, {@code --timeout} or {@code --min-age}: a day. */
  private static final double MAX_SECONDS = 86_400;

  private OptionsParser() {}

  /**
   * A command and its arguments as commons-cli read them, not yet checked.
   *
   * @param topic for {@link Command#HELP}: the command whose help is asked for; empty for the
   *     overview
   */
  record Request(Command command, Optional<Command> topic, CommandLine line) {}

  /**
   * {@code --threads} as one command takes it: 1 to {@code max}, with its own help text and
   * complaint.
   */
  private record ThreadsOption(
      String shortName, String argName, String descKey, int max, String badKey) {
    Option option() {
      return Option.builder(shortName)
          .longOpt("threads")
          .hasArg()
          .argName(argName)
          .desc(Text.get(descKey))
          .build();
    }
  }

  static Request parse(String... args) throws UsageException {
    if (args.length == 0) {
      return bare(Command.HELP, Optional.empty());
    }
    String first = args[0];
    if (first.equals("-h") || first.equals("--help") || first.equals("help")) {
      return bare(
          Command.HELP, args.length > 1 ? Optional.of(commandNamed(args[1])) : Optional.empty());
    }
    if (first.equals("-V") || first.equals("--version") || first.equals("version")) {
      return bare(Command.VERSION, Optional.empty());
    }
    Command command = commandNamed(first);
    CommandLine line = read(command, Arrays.copyOfRange(args, 1, args.length));
    if (line.hasOption("help") || command == Command.MAIL && line.getArgList().isEmpty()) {
      return bare(Command.HELP, Optional.of(command));
    }
    return new Request(command, Optional.empty(), line);
  }

  private static Request bare(Command command, Optional<Command> topic) {
    return new Request(command, topic, CommandLine.builder().build());
  }

  /** A command that does something of its own: not {@code help} or {@code version}. */
  private static Command commandNamed(String word) throws UsageException {
    return Command.named(word)
        .filter(Command::hasHelp)
        .orElseThrow(
            () ->
                new UsageException(Text.get("cli.unknownCommand", word, Command.listed()))
                    .withHint(Text.get("cli.seeHelp")));
  }

  private static CommandLine read(Command command, String[] rest) throws UsageException {
    try {
      return DefaultParser.builder().build().parse(optionsFor(command), rest);
    } catch (ParseException e) {
      LOG.info("{}: command line not understood: {}", command.word, e.getMessage());
      throw new UsageException(Text.get("cli.badOption", command.word, explained(e)))
          .withHint(Text.get(command.seeHelpKey));
    }
  }

  /**
   * What commons-cli found wrong, in Chinese and naming the option; its English goes to the log
   * only.
   */
  static String explained(ParseException e) {
    if (e instanceof AmbiguousOptionException ambiguous) {
      return Text.get(
          "cli.option.ambiguous",
          ambiguous.getOption(),
          ambiguous.getMatchingOptions().stream()
              .map(name -> "--" + name)
              .collect(Collectors.joining("、")));
    }
    if (e instanceof UnrecognizedOptionException unrecognized) {
      return Text.get("cli.option.unknown", unrecognized.getOption());
    }
    if (e instanceof MissingArgumentException missing) {
      return Text.get(
          "cli.option.noValue", shown(missing.getOption()), missing.getOption().getArgName());
    }
    if (e instanceof MissingOptionException missing) {
      return Text.get(
          "cli.option.missing",
          ((List<?>) missing.getMissingOptions())
              .stream()
                  .map(String::valueOf)
                  .map(name -> "--" + name)
                  .collect(Collectors.joining("、")));
    }
    return Text.get("cli.option.other");
  }

  private static String shown(Option option) {
    return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
  }

  /** The options a command takes, for reading and for its {@code --help}. */
  static Options optionsFor(Command command) {
    Options options = new Options();
    options.addOption(Option.builder("h").longOpt("help").desc(Text.get("cli.opt.help")).build());
    switch (command) {
      case PROCESS -> {
        options.addOption(valued("o", "out", "cli.arg.dir", "cli.opt.outDir"));
        options.addOption(flag("json", "cli.opt.json"));
        options.addOption(flag("in-place", "cli.opt.inPlace"));
        options.addOption(flag("report", "cli.opt.report"));
        options.addOption(WORKBOOK_THREADS.option());
        options.addOption(valued(null, "rules", "cli.arg.file", "cli.opt.rules"));
        addMailOptions(options);
      }
      case VALIDATE -> {
        options.addOption(flag("json", "cli.opt.json"));
        options.addOption(WORKBOOK_THREADS.option());
        options.addOption(valued(null, "rules", "cli.arg.file", "cli.opt.rules"));
      }
      case TEMPLATE -> {
        options.addOption(valued(null, "kind", "cli.arg.kind", "cli.opt.kind"));
        options.addOption(valued("o", "out", "cli.arg.file", "cli.opt.outFile"));
        options.addOption(valued(null, "from", "template.from.arg.file", "template.from.opt.from"));
        options.addOption(flag("split", "template.from.opt.split"));
      }
      case WATCH -> addWatchOptions(options);
      case SUMMARY -> {
        options.addOption(valued("o", "out", "cli.arg.file", "department.opt.out"));
        options.addOption(
            Option.builder()
                .longOpt("sort")
                .hasArg()
                .argName("score|name|file")
                .desc(Text.get("department.opt.sort"))
                .build());
        options.addOption(SUMMARY_THREADS.option());
        options.addOption(flag("report", "department.opt.report"));
      }
      case PANEL -> {
        options.addOption(valued("o", "out", "cli.arg.file", "panel.opt.out"));
        options.addOption(valued(null, "trim", "panel.arg.trim", "panel.opt.trim"));
        options.addOption(valued(null, "spread", "panel.arg.spread", "panel.opt.spread"));
        options.addOption(flag("json", "cli.opt.json"));
      }
      case MAIL -> {
        addMailSettingsOptions(options);
        options.addOption(flag("all", "mail.opt.all"));
      }
      case HELP, VERSION -> {}
    }
    return options;
  }

  private static void addWatchOptions(Options options) {
    options.addOption(valued("o", "out", "cli.arg.dir", "watch.opt.out"));
    options.addOption(valued(null, "archive", "cli.arg.dir", "watch.opt.archive"));
    options.addOption(valued(null, "failed", "cli.arg.dir", "watch.opt.failed"));
    options.addOption(valued(null, "interval", "watch.arg.seconds", "watch.opt.interval"));
    options.addOption(valued(null, "timeout", "watch.arg.seconds", "watch.opt.timeout"));
    options.addOption(valued(null, "min-age", "watch.arg.seconds", "watch.opt.minAge"));
    options.addOption(WATCH_THREADS.option());
    options.addOption(flag("once", "watch.opt.once"));
    options.addOption(flag("report", "watch.opt.report"));
    options.addOption(valued(null, "rules", "cli.arg.file", "watch.opt.rules"));
    addMailOptions(options);
    options.addOption(flag("imap", "watch.opt.imap"));
  }

  /** {@code --mail --mail-to --config --outbox}: process and watch. */
  private static void addMailOptions(Options options) {
    options.addOption(flag("mail", "mail.opt.mail"));
    options.addOption(valued(null, "mail-to", "mail.arg.addresses", "mail.opt.mailTo"));
    addMailSettingsOptions(options);
  }

  /** {@code --config --outbox}. */
  private static void addMailSettingsOptions(Options options) {
    options.addOption(valued(null, "config", "mail.arg.file", "mail.opt.config"));
    options.addOption(valued(null, "outbox", "cli.arg.dir", "mail.opt.outbox"));
  }

  private static Option flag(String name, String descKey) {
    return Option.builder().longOpt(name).desc(Text.get(descKey)).build();
  }

  private static Option valued(String shortName, String name, String argKey, String descKey) {
    return Option.builder(shortName)
        .longOpt(name)
        .hasArg()
        .argName(Text.get(argKey))
        .desc(Text.get(descKey))
        .build();
  }

  /** {@code process} or {@code validate}. */
  static CommandLineOptions workbooks(Request request) throws UsageException {
    CommandLine line = request.line();
    List<Path> paths = paths(request);
    if (paths.isEmpty()) {
      throw usage(request, Text.get("cli.noPath", request.command().word));
    }
    Optional<Path> out = pathOption(request, "out");
    boolean inPlace = line.hasOption("in-place");
    if (inPlace && out.isPresent()) {
      throw usage(request, Text.get("cli.inPlaceAndOut"));
    }
    int threads =
        threads(
            request, WORKBOOK_THREADS, defaultThreads(Runtime.getRuntime().availableProcessors()));
    MailOptions mail =
        request.command() == Command.PROCESS ? mailOptions(request, line) : MailOptions.OFF;
    return new CommandLineOptions(
        request.command(),
        paths,
        out,
        line.hasOption("json"),
        inPlace,
        threads,
        mail,
        line.hasOption("report"),
        pathOption(request, "rules"));
  }

  /** The default {@code --threads} of process and validate on a machine with {@code processors}. */
  static int defaultThreads(int processors) {
    return Math.max(1, Math.min(processors, MAX_DEFAULT_THREADS));
  }

  static TemplateOptions template(Request request) throws UsageException {
    if (!request.line().getArgList().isEmpty()) {
      throw usage(request, Text.get("cli.templateTakesNoPath"));
    }
    String kindText = request.line().getOptionValue("kind");
    TemplateKinds templates = Kinds.ALL.templates();
    Optional<Path> from = pathOption(request, "from");
    boolean split = request.line().hasOption("split");
    if (split && from.isEmpty()) {
      throw usage(request, Text.get("template.from.splitWithoutFrom"));
    }
    TemplateKind kind =
        from.isPresent() && kindText == null
            ? templates.firstFromDeclaration().orElse(templates.first())
            : templates.first();
    if (kindText != null) {
      kind =
          templates
              .named(kindText)
              .orElseThrow(
                  () ->
                      usage(
                          request,
                          Text.get("cli.badTemplateKind", kindText, templates.accepted())));
    }
    if (from.isPresent() && kind.fromDeclaration().isEmpty()) {
      throw usage(request, Text.get("template.from.kindCannot", kind.word()));
    }
    return new TemplateOptions(pathOption(request, "out"), kind, from, split);
  }

  static WatchOptions watch(Request request) throws UsageException {
    CommandLine line = request.line();
    List<Path> paths = paths(request);
    if (paths.size() != 1) {
      throw usage(request, Text.get(paths.isEmpty() ? "watch.needInbox" : "watch.oneInbox"));
    }
    return new WatchOptions(
        paths.get(0),
        pathOption(request, "out"),
        pathOption(request, "archive"),
        pathOption(request, "failed"),
        seconds(request, "interval", DropFolder.DEFAULT_INTERVAL),
        seconds(request, "timeout", DropFolder.DEFAULT_FILE_TIMEOUT),
        seconds(request, "min-age", DropFolder.DEFAULT_MINIMUM_AGE),
        threads(request, WATCH_THREADS, WatchOptions.DEFAULT_THREADS),
        line.hasOption("once"),
        mailOptions(request, line),
        line.hasOption("report"),
        line.hasOption("imap"),
        pathOption(request, "rules"));
  }

  static SummaryOptions summary(Request request) throws UsageException {
    List<Path> paths = paths(request);
    if (paths.isEmpty()) {
      throw usage(request, Text.get("cli.noPath", request.command().word));
    }
    String outText = request.line().getOptionValue("out");
    if (outText == null || outText.isBlank()) {
      throw usage(request, Text.get("department.noOut"));
    }
    Path out = path(request, outText);
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
        || Files.isDirectory(out)) {
      throw usage(request, Text.get("department.badOut", outText));
    }
    String sortText = request.line().getOptionValue("sort", SummaryOptions.DEFAULT_SORT.word);
    SortOrder sort =
        SortOrder.named(sortText)
            .orElseThrow(() -> usage(request, Text.get("department.badSort", sortText)));
    return new SummaryOptions(
        paths,
        out,
        sort,
        threads(request, SUMMARY_THREADS, SummaryOptions.DEFAULT_THREADS),
        request.line().hasOption("report"));
  }

  static PanelOptions panel(Request request) throws UsageException {
    List<Path> paths = paths(request);
    if (paths.isEmpty()) {
      throw usage(request, Text.get("cli.noPath", request.command().word));
    }
    String outText = request.line().getOptionValue("out", PanelOptions.DEFAULT_OUT);
    Path out = path(request, outText);
    if (!Inputs.looksLikeWorkbook(out) || Files.isDirectory(out)) {
      throw usage(request, Text.get("panel.badOut", outText));
    }
    String trimText = request.line().getOptionValue("trim", "auto");
    PanelRule.Trim trim =
        switch (trimText.strip().toLowerCase(Locale.ROOT)) {
          case "auto" -> PanelRule.Trim.AUTO;
          case "none", "0" -> PanelRule.Trim.NONE;
          case "1" -> PanelRule.Trim.ONE;
          default -> throw usage(request, Text.get("panel.badTrim", trimText));
        };
    String spreadText = request.line().getOptionValue("spread", "0.2").strip();
    double spread;
    try {
      spread =
          spreadText.endsWith("%")
              ? Double.parseDouble(spreadText.substring(0, spreadText.length() - 1)) / 100
              : Double.parseDouble(spreadText);
    } catch (NumberFormatException e) {
      spread = Double.NaN;
    }
    if (!(spread >= 0 && spread <= 1)) {
      throw usage(request, Text.get("panel.badSpread", spreadText));
    }
    return new PanelOptions(
        paths, out, new PanelRule(trim, spread), request.line().hasOption("json"));
  }

  /** {@code mail test ADDRESS} or {@code mail flush}; a bare {@code mail} asks for help. */
  static MailCommandOptions mail(Request request) throws UsageException {
    List<String> words = request.line().getArgList();
    MailOptions settings =
        new MailOptions(
            true, List.of(), pathOption(request, "config"), pathOption(request, "outbox"));
    if (words.get(0).equals("test") && words.size() == 2) {
      return new MailCommandOptions(
          MailCommandOptions.Action.TEST, Optional.of(words.get(1)), settings);
    }
    if (words.get(0).equals("flush") && words.size() == 1) {
      return new MailCommandOptions(MailCommandOptions.Action.FLUSH, Optional.empty(), settings);
    }
    throw new UsageException(Text.get("mail.unknownWord", String.join(" ", words)))
        .withHint(Text.get("mail.help.syntax"));
  }

  /**
   * {@code --mail}, {@code --mail-to} (comma-separated, Chinese commas too; implies --mail), the
   * settings.
   */
  private static MailOptions mailOptions(Request request, CommandLine line) throws UsageException {
    List<String> to = new ArrayList<>();
    for (String value :
        Optional.ofNullable(line.getOptionValues("mail-to")).orElse(new String[0])) {
      Arrays.stream(value.split("[,;，；]"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(to::add);
    }
    return new MailOptions(
        line.hasOption("mail") || !to.isEmpty(),
        to,
        pathOption(request, "config"),
        pathOption(request, "outbox"));
  }

  private static List<Path> paths(Request request) throws UsageException {
    List<Path> paths = new ArrayList<>();
    for (String text : request.line().getArgList()) {
      paths.add(path(request, text));
    }
    return paths;
  }

  private static Optional<Path> pathOption(Request request, String name) throws UsageException {
    String value = request.line().getOptionValue(name);
    return value == null ? Optional.empty() : Optional.of(path(request, value));
  }

  private static Path path(Request request, String text) throws UsageException {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw usage(request, Text.get("cli.badPath", text));
    }
  }

  private static int threads(Request request, ThreadsOption limits, int fallback)
      throws UsageException {
    String value = request.line().getOptionValue("threads");
    if (value == null) {
      return fallback;
    }
    try {
      int threads = Integer.parseInt(value.strip());
      if (threads >= 1 && threads <= limits.max()) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(request, Text.get(limits.badKey(), value, limits.max()));
  }

  /** A positive number of seconds, fractions allowed ({@code 0.5}), at most a day. */
  private static Duration seconds(Request request, String name, Duration fallback)
      throws UsageException {
    String value = request.line().getOptionValue(name);
    if (value == null) {
      return fallback;
    }
    try {
      double seconds = Double.parseDouble(value.strip());
      if (seconds > 0 && seconds <= MAX_SECONDS) {
        return Duration.ofMillis(Math.round(seconds * 1000));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(request, Text.get("watch.badSeconds", "--" + name, value));
  }

  private static UsageException usage(Request request, String message) {
    return new UsageException(message).withHint(Text.get(request.command().seeHelpKey));
  }
}
