package dev.hearback.infer;

import dev.hearback.mail.Message;
import java.util.List;
import java.util.Optional;

/**
 * A message with what every rule reads from it, worked out once: its sentences and whether it is an
 * automatic reply, and each sentence lowered for the rules' keyword prechecks. Splitting and auto-reply checks are the hot path of a large mailbox.
 */
public record ReadMessage(Message message, List<String> sentences, List<String> lowered, Optional<AutoReply> autoReply) {
    public ReadMessage {
        sentences = List.copyOf(sentences);
        lowered = List.copyOf(lowered);
        if (lowered.size() != sentences.size()) throw new IllegalArgumentException("one lowered form per sentence");
    }

    /** Lowers each sentence once here, for the keyword prechecks of every rule that reads it ({@link Keywords}). */
    public ReadMessage(Message message, List<String> sentences, Optional<AutoReply> autoReply) {
        this(message, sentences, sentences.stream().map(Keywords::lower).toList(), autoReply);
    }
}
