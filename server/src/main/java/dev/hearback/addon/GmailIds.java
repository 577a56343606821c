package dev.hearback.addon;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gmail's two spellings of a message or thread id.
 *
 * <p>The add-on event names the open mail as {@code msg-f:1780000000000000000} and
 * {@code thread-f:1780000000000000000}: the same 64-bit number the Gmail REST API writes in hex
 * ({@code 18b3...}). The API, {@code openCreatedDraftActionMarkup.draftThreadId} and the page's
 * {@code data-legacy-thread-id} all use the hex form.
 */
public final class GmailIds {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,16}");
    private static final Pattern PREFIXED = Pattern.compile("(?:thread|msg)-f:([0-9]{1,20})");
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64);

    private GmailIds() {}

    /** The REST API's hex id for {@code id} in either spelling, or empty when it is neither. */
    public static Optional<String> toApiId(String id) {
        if (id == null) return Optional.empty();
        String s = id.strip();
        if (HEX.matcher(s).matches()) return Optional.of(s);
        var m = PREFIXED.matcher(s);
        if (!m.matches()) return Optional.empty();
        BigInteger n = new BigInteger(m.group(1));
        if (n.signum() <= 0 || n.compareTo(MAX) >= 0) return Optional.empty();
        return Optional.of(n.toString(16));
    }

    /** True for an id in the REST API's hex form. */
    public static boolean isApiId(String s) {
        return s != null && HEX.matcher(s).matches();
    }
}
