package dev.hearback.mail;

import java.util.Comparator;
import java.util.List;

/** A conversation: its id (Gmail's thread id, or the first Message-ID) and messages oldest first. */
public record MailThread(String id, List<Message> messages) {
    public MailThread {
        messages = messages.stream().sorted(Comparator.comparing(Message::sent)).toList();
    }

    public String subject() {
        return messages.isEmpty() ? "" : messages.get(0).subject();
    }
}
