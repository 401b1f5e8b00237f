package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.scorebook.files.FileNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taking a file by one atomic rename into the work folder. Of two processes renaming the same file,
 * one wins; the other gets {@link NoSuchFileException} and skips it. Claims left by a process that
 * died are taken over the same way (renamed to this owner), so two recovering processes cannot both
 * take one.
 */
final class Claims {
  private static final Logger LOG = LoggerFactory.getLogger(Claims.class);

  private final DropFolder folder;
  private final Owner owner;
  private final Disposition disposition;
  private long lastClaimedAt;

  Claims(DropFolder folder, Owner owner, Disposition disposition) {
    this.folder = folder;
    this.owner = owner;
    this.disposition = disposition;
  }

  Owner owner() {
    return owner;
  }

  /**
   * Claims a file from the inbox; empty when another process took it first, or it is locked or
   * gone. A name that is not UTF-8 (GBK, from a zip made on Windows) is read as GBK where it can
   * be, and the claim and everything it produces take that readable name.
   */
  Optional<Claim> claim(Path inboxFile) {
    String name = FileNames.shown(inboxFile);
    if (!FileNames.isReadable(inboxFile)) {
      LOG.info("{}: the name is not UTF-8; taken as {}", inboxFile.getFileName(), name);
    }
    long now = nextClaimTime();
    String stem = disposition.freeStem(name, now, reservedStems());
    String extension = WorkbookNames.extension(name);
    Path target = folder.work().resolve(Claim.nameFor(owner, now, stem, extension));
    if (!rename(inboxFile, target)) {
      return Optional.empty();
    }
    return Optional.of(new Claim(target, owner, now, stem, extension));
  }

  /**
   * Claims in the work folder to finish now: this owner's own (called between batches, when none of
   * its files is in hand, so these are ones that could not be committed), those of a process that
   * died on this machine, and any older than the claim timeout.
   */
  List<Claim> abandoned() {
    long cutoff = System.currentTimeMillis() - folder.claimTimeout().toMillis();
    return claimsInWork().stream()
        .filter(c -> c.owner().equals(owner) || c.owner().isDeadHere() || c.claimedAt() < cutoff)
        .toList();
  }

  /**
   * Renames an abandoned claim to this owner, keeping its stem; empty when another process got it
   * first.
   */
  Optional<Claim> takeOver(Claim old) {
    long now = nextClaimTime();
    Path target = folder.work().resolve(Claim.nameFor(owner, now, old.stem(), old.extension()));
    if (!rename(old.file(), target)) {
      return Optional.empty();
    }
    LOG.info("took over {} from {}", old.file().getFileName(), old.owner().prefix());
    return Optional.of(new Claim(target, owner, now, old.stem(), old.extension()));
  }

  /** Every claim now in the work folder, of any owner. */
  List<Claim> claimsInWork() {
    List<Claim> claims = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder.work())) {
      files.filter(Files::isRegularFile).forEach(f -> Claim.parse(f).ifPresent(claims::add));
    } catch (IOException e) {
      LOG.warn("cannot list {}", folder.work(), e);
    }
    return claims;
  }

  private Set<String> reservedStems() {
    Set<String> stems = new HashSet<>();
    claimsInWork().forEach(c -> stems.add(c.stem().toLowerCase(Locale.ROOT)));
    return stems;
  }

  /**
   * Strictly increasing per owner, so a claim time also names this claim's staging folder uniquely.
   */
  private synchronized long nextClaimTime() {
    lastClaimedAt = Math.max(System.currentTimeMillis(), lastClaimedAt + 1);
    return lastClaimedAt;
  }

  private static boolean rename(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (NoSuchFileException e) {
      LOG.debug("{} was taken by another process", from.getFileName());
      return false;
    } catch (AccessDeniedException e) {
      LOG.debug("{} is locked; retrying on a later poll", from.getFileName());
      return false;
    } catch (FileSystemException e) {
      LOG.info(
          "cannot claim {} now ({}); retrying on a later poll", from.getFileName(), e.getReason());
      return false;
    } catch (IOException e) {
      LOG.warn("cannot claim {}; retrying on a later poll", from.getFileName(), e);
      return false;
    }
  }
}
