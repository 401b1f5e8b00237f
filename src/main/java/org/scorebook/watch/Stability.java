package org.scorebook.watch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a file is whole: its size and modification time are the same as at the previous poll, and it
 * opens for reading (a file Windows is still copying is locked). A file seen for the first time, or
 * changed since, waits for the next poll.
 */
final class Stability {
  private record Seen(long size, FileTime modified) {}

  private final Map<Path, Seen> previous = new HashMap<>();
  private int fresh;

  /** Records this poll's listing; returns the files unchanged since the previous poll, in listing order. */
  List<Path> observe(List<Path> listed) {
    Map<Path, Seen> now = new HashMap<>();
    List<Path> stable = new ArrayList<>();
    fresh = 0;
    for (Path file : listed) {
      Seen seen = seen(file);
      if (seen == null) {
        continue; // vanished between listing and looking: Excel's save, or another process's claim
      }
      now.put(file, seen);
      if (!previous.containsKey(file)) {
        fresh++;
      }
      if (seen.equals(previous.get(file)) && opensForReading(file)) {
        stable.add(file);
      }
    }
    previous.clear();
    previous.putAll(now);
    return stable;
  }

  /** Forgets a file, so it is watched afresh if a file of that name appears again. */
  void forget(Path file) {
    previous.remove(file);
  }

  /** How many files the last poll saw for the first time. */
  int fresh() {
    return fresh;
  }

  private static Seen seen(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.isRegularFile() ? new Seen(attributes.size(), attributes.lastModifiedTime()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  static boolean opensForReading(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.size() >= 0;
    } catch (IOException e) {
      return false;
    }
  }
}
