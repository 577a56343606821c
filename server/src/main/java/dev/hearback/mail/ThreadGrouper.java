package dev.hearback.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups messages into threads: by Gmail's thread id (X-GM-THRID) when present; otherwise by the
 * References / In-Reply-To chain (RFC 5322 section 3.6.4); otherwise by normalised subject.
 */
public final class ThreadGrouper {
    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*((re|fw|fwd|aw|sv|antw)\\s*(\\[\\d+\\])?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ThreadGrouper() {}

    public static List<MailThread> group(List<Message> messages) {
        Map<String, List<Message>> byKey = new LinkedHashMap<>();
        Map<String, String> keyOfMessageId = new HashMap<>();
        Map<String, String> keyOfSubject = new HashMap<>();
        List<Message> sorted = new ArrayList<>(messages);
        sorted.sort(java.util.Comparator.comparing(Message::sent));
        for (Message m : sorted) {
            String key = keyFor(m, keyOfMessageId, keyOfSubject);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            if (m.messageId() != null) keyOfMessageId.putIfAbsent(m.messageId(), key);
            keyOfSubject.putIfAbsent(normalisedSubject(m.subject()), key);
        }
        List<MailThread> out = new ArrayList<>();
        byKey.forEach((key, list) -> out.add(new MailThread(threadId(key, list), list)));
        return out;
    }

    private static String keyFor(Message m, Map<String, String> keyOfMessageId, Map<String, String> keyOfSubject) {
        if (m.gmailThreadId() != null && !m.gmailThreadId().isBlank()) return "g:" + m.gmailThreadId();
        List<String> related = new ArrayList<>(m.references());
        if (m.inReplyTo() != null) related.add(m.inReplyTo());
        for (String id : related) {
            String k = keyOfMessageId.get(id);
            if (k != null) return k;
        }
        String subject = normalisedSubject(m.subject());
        if (!subject.isEmpty()) {
            String k = keyOfSubject.get(subject);
            if (k != null && !k.startsWith("g:")) return k;
        }
        if (!related.isEmpty()) return "m:" + related.get(0);
        return "m:" + (m.messageId() != null ? m.messageId() : "subject:" + subject + ":" + m.sent());
    }

    /** Thread id per analyze-contract.md: Gmail's id, else the Message-ID of the earliest message. */
    private static String threadId(String key, List<Message> list) {
        if (key.startsWith("g:")) return key.substring(2);
        Message first = list.get(0);
        return first.messageId() != null ? first.messageId() : key.substring(2);
    }

    static String normalisedSubject(String subject) {
        return SPACES.matcher(REPLY_PREFIX.matcher(subject).replaceFirst("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
