package org.scorebook.cli;

/** The entry point: runs the command line and exits with its status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new Cli(System.out, System.err).run(args));
  }
}
