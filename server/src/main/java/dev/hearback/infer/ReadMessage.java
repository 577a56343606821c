package dev.hearback.infer;

import dev.hearback.mail.Message;
import java.util.List;
import java.util.Optional;

/**
 * A message with what every rule reads from it, worked out once: its sentences and whether it is an
 * automatic reply. Splitting and auto-reply checks are the hot path of a large mailbox.
 */
public record ReadMessage(Message message, List<String> sentences, Optional<AutoReply> autoReply) {
    public ReadMessage {
        sentences = List.copyOf(sentences);
    }
}
