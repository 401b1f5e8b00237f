package org.scorebook.mail;

import java.util.List;
import java.util.Optional;

/**
 * Where the answer to a mailed-in message goes and how it threads under it.
 *
 * @param key names this answer for good (the message and which of its workbooks): the same key is
 *     queued once and sent once, whatever runs it again
 * @param to the sender's Reply-To, or else From
 * @param inReplyTo the message's Message-ID, when it has one
 * @param references the message's References, then its Message-ID
 */
public record Reply(
    String key, List<String> to, Optional<String> inReplyTo, List<String> references) {

  /** At most this many references are repeated: a long thread must not make a huge header. */
  static final int MAX_REFERENCES = 10;

  public Reply {
    to = List.copyOf(to);
    references = List.copyOf(references);
  }

  /** The last {@link #MAX_REFERENCES} references, the newest last. */
  List<String> shownReferences() {
    int from = Math.max(0, references.size() - MAX_REFERENCES);
    return references.subList(from, references.size());
  }
}
