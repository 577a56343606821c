package dev.hearback.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Reads RFC 5322 header values with mime4j: addresses ({@link Address#parseList}), RFC 2047 encoded words, message ids. */
final class HeaderReader {
    private static final Pattern MSG_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]+");
    private final List<String[]> fields;

    HeaderReader(List<String[]> fields) {
        this.fields = fields;
    }

    /** The first value of a field, unfolded, or null. */
    String raw(String name) {
        for (String[] f : fields) {
            if (f[0].equalsIgnoreCase(name)) return unfold(f[1]);
        }
        return null;
    }

    /** Most values are on one line: only a value with a line break can hold a fold. */
    private static String unfold(String v) {
        return v.indexOf('\n') < 0 ? v.strip() : FOLD.matcher(v).replaceAll(" ").strip();
    }

    String unstructured(String name) {
        String v = raw(name);
        return v == null ? "" : DecoderUtil.decodeEncodedWords(v, DecodeMonitor.SILENT).strip();
    }

    List<Address> addresses(String name) {
        String v = raw(name);
        if (v == null || v.isBlank()) return new ArrayList<>();
        return Address.parseList(v);
    }

    Address firstAddress(String name) {
        List<Address> all = addresses(name);
        return all.isEmpty() ? null : all.get(0);
    }

    String messageId(String name) {
        List<String> ids = messageIds(name);
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    List<String> messageIds(String name) {
        String v = raw(name);
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        Matcher m = MSG_ID.matcher(v);
        while (m.find()) out.add(m.group(1));
        if (out.isEmpty() && !v.isBlank() && !v.contains(" ")) out.add(v.strip());
        return out;
    }
}
