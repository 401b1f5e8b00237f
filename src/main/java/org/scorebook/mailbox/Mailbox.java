package org.scorebook.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.scorebook.mail.ImapSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in connection to the mailbox, with the watched folder open for reading and writing.
 */
final class Mailbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Mailbox.class);

  private final Store store;
  private final IMAPFolder folder;

  private Mailbox(Store store, IMAPFolder folder) {
    this.store = store;
    this.folder = folder;
  }

  /** Logs in and opens the folder; the folder must exist. */
  static Mailbox open(ImapSettings settings) throws MessagingException {
    Session session = Session.getInstance(settings.sessionProperties());
    Store store = session.getStore(settings.protocol());
    store.connect(settings.host(), settings.port(), settings.user(), settings.password());
    try {
      Folder folder = store.getFolder(settings.folder());
      if (!folder.exists()) {
        throw new MissingFolderException(settings.folder());
      }
      folder.open(Folder.READ_WRITE);
      return new Mailbox(store, (IMAPFolder) folder);
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(store);
      throw e;
    }
  }

  /** The folder named in the settings does not exist on the server. */
  static final class MissingFolderException extends MessagingException {
    MissingFolderException(String folder) {
      super("no folder " + folder);
    }
  }

  /** {@code imap.folder} as the server names it. */
  String folderName() {
    return folder.getFullName();
  }

  long uidValidity() throws MessagingException {
    return folder.getUIDValidity();
  }

  /** The messages in the folder now, oldest first, with UIDs, envelopes and structure fetched. */
  List<Message> messages() throws MessagingException {
    folder.doCommand(
        protocol -> {
          protocol.noop(); // new arrivals and another process's moves are seen
          return null;
        });
    Message[] messages = folder.getMessages();
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(FetchProfile.Item.CONTENT_INFO);
    profile.add("Auto-Submitted");
    profile.add("Precedence");
    profile.add("References");
    folder.fetch(messages, profile);
    return List.of(messages);
  }

  long uid(Message message) throws MessagingException {
    return folder.getUID(message);
  }

  /**
   * Moves {@code message} to the folder {@code name} beside the watched one (created when missing):
   * with MOVE where the server has it, else copy, mark deleted and expunge.
   */
  void move(Message message, String name) throws MessagingException {
    Folder target = target(name);
    if (folder.getStore() instanceof org.eclipse.angus.mail.imap.IMAPStore imap
        && imap.hasCapability("MOVE")) {
      folder.moveMessages(new Message[] {message}, target);
      return;
    }
    folder.copyMessages(new Message[] {message}, target);
    message.setFlag(Flags.Flag.DELETED, true);
    folder.expunge(new Message[] {message});
  }

  private Folder target(String name) throws MessagingException {
    Folder beside = store.getDefaultFolder().getFolder(name);
    if (beside.exists()) {
      return beside;
    }
    Folder inside = folder.getFolder(name);
    if (inside.exists()) {
      return inside;
    }
    if (beside.create(Folder.HOLDS_MESSAGES)) {
      LOG.info("created mailbox folder {}", name);
      return beside;
    }
    if (inside.create(Folder.HOLDS_MESSAGES)) {
      LOG.info("created mailbox folder {}", inside.getFullName());
      return inside;
    }
    throw new MessagingException("cannot create folder " + name);
  }

  /** How many messages wait in the folder. */
  int count() throws MessagingException {
    return folder.getMessageCount();
  }

  boolean isOpen() {
    return store.isConnected() && folder.isOpen();
  }

  @Override
  public void close() {
    try {
      if (folder.isOpen()) {
        folder.close(false);
      }
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("closing {}: {}", folder.getFullName(), e.toString());
    }
    closeQuietly(store);
  }

  private static void closeQuietly(Store store) {
    try {
      store.close();
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("closing the mailbox connection: {}", e.toString());
    }
  }
}
