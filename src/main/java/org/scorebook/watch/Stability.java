package org.scorebook.watch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.read.CopiedWhole;

/**
 * Whether a file is whole. A pause in a copy can outlast any poll interval, so a file is taken only
 * when all of these hold: its size and modification time are the same as at the previous poll; it
 * is at least the minimum age old (by its modification time, or by how long it has looked the same
 * here, for a share whose clock is behind); it opens for reading (a file Windows is still copying
 * is locked); and it is as long as its own structure says ({@link CopiedWhole}): a zip package
 * (.xlsx, .xlsm) has its central directory, which a copy writes last, and an .xls holds every
 * sector its header refers to. A file still short after {@link #INCOMPLETE_AGE} is taken anyway, to
 * be reported as incomplete.
 */
final class Stability {
  /**
   * How long a broken package may sit before it is taken and reported: a copy paused that long is
   * over.
   */
  static final Duration INCOMPLETE_AGE = Duration.ofMinutes(2);

  /** A file's size and modification time, as compared between polls and before a commit. */
  record Seen(long size, FileTime modified) {}

  private record Sighting(Seen seen, Instant since) {}

  private final Clock clock;
  private final Duration minimumAge;
  private final Map<Path, Sighting> previous = new HashMap<>();
  private int fresh;
  private int young;

  Stability(Clock clock, Duration minimumAge) {
    this.clock = clock;
    this.minimumAge = minimumAge;
  }

  /** Records this poll's listing; returns the files that are whole, in listing order. */
  List<Path> observe(List<Path> listed) {
    Map<Path, Sighting> now = new HashMap<>();
    List<Path> stable = new ArrayList<>();
    Instant at = clock.instant();
    fresh = 0;
    young = 0;
    for (Path file : listed) {
      Optional<Seen> seen = look(file);
      if (seen.isEmpty()) {
        continue; // vanished between listing and looking: Excel's save, or another process's claim
      }
      Sighting before = previous.get(file);
      boolean unchanged = before != null && before.seen().equals(seen.get());
      now.put(file, unchanged ? before : new Sighting(seen.get(), at));
      if (before == null) {
        fresh++;
      }
      if (unchanged && isWhole(file, now.get(file), at)) {
        stable.add(file);
      }
    }
    previous.clear();
    previous.putAll(now);
    return stable;
  }

  private boolean isWhole(Path file, Sighting sighting, Instant at) {
    Duration age = age(sighting, at);
    if (age.compareTo(minimumAge) < 0) {
      young++;
      return false;
    }
    return opensForReading(file) && (isCompletePackage(file) || age.compareTo(INCOMPLETE_AGE) >= 0);
  }

  /**
   * The longer of the time since the last modification and the time it has looked the same here.
   */
  private static Duration age(Sighting sighting, Instant at) {
    Duration sinceModified = Duration.between(sighting.seen().modified().toInstant(), at);
    Duration sinceSeen = Duration.between(sighting.since(), at);
    return sinceModified.compareTo(sinceSeen) > 0 ? sinceModified : sinceSeen;
  }

  /** Forgets a file, so it is watched afresh if a file of that name appears again. */
  void forget(Path file) {
    previous.remove(file);
  }

  /** How many files the last poll saw for the first time. */
  int fresh() {
    return fresh;
  }

  /**
   * How many files the last poll found unchanged but younger than the minimum age: worth another
   * look.
   */
  int young() {
    return young;
  }

  /** The size and modification time of a regular file; empty when it is gone or not a file. */
  static Optional<Seen> look(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.isRegularFile()
          ? Optional.of(new Seen(attributes.size(), attributes.lastModifiedTime()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static boolean opensForReading(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.size() >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isCompletePackage(Path file) {
    return CopiedWhole.isWhole(file);
  }
}
