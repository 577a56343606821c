package dev.hearback.account;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The API names threads as Gmail's page does (hex). An mbox carries Gmail's id in decimal
 * (X-GM-THRID), which is the same 64-bit number; a thread from elsewhere is named by its first
 * Message-ID, which gets a stable hex name from its hash so every id in the API has one form.
 */
public final class ApiThreadIds {
    private ApiThreadIds() {}

    public static String fromMailboxId(String id) {
        if (!id.isEmpty() && id.length() <= 20 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Long.toHexString(Long.parseUnsignedLong(id));
            } catch (NumberFormatException tooBig) {
                // beyond 64 bits: not a Gmail id, fall through to the hash
            }
        }
        return Hashing.sha256().hashString(id, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
}
