package org.scorebook.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorebook.model.Text;

/**
 * Addresses checked one by one: each must parse strictly as a single address and hold no control
 * character (a line break could inject headers). Duplicates are dropped, case-insensitively.
 *
 * @param refused one Chinese sentence per address that was skipped
 */
public record Recipients(List<InternetAddress> accepted, List<String> refused) {

  public Recipients {
    accepted = List.copyOf(accepted);
    refused = List.copyOf(refused);
  }

  public static Recipients check(List<String> raw) {
    Map<String, InternetAddress> accepted = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (String address : raw) {
      String shown = address.replaceAll("\\p{Cntrl}", "↵");
      if (address.isBlank()) {
        continue;
      }
      if (address.chars().anyMatch(Character::isISOControl)) {
        refused.add(Text.get("mail.address.control", shown));
        continue;
      }
      try {
        InternetAddress parsed = new InternetAddress(address.trim(), true);
        accepted.putIfAbsent(parsed.getAddress().toLowerCase(Locale.ROOT), parsed);
      } catch (AddressException e) {
        refused.add(Text.get("mail.address.invalid", shown));
      }
    }
    return new Recipients(new ArrayList<>(accepted.values()), refused);
  }

  /** The accepted addresses, lower case and sorted: part of the idempotency key. */
  List<String> keyForm() {
    return accepted.stream().map(a -> a.getAddress().toLowerCase(Locale.ROOT)).sorted().toList();
  }
}
