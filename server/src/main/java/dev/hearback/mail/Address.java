package dev.hearback.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/** A mailbox as written in a header: display name (may be empty) and address (lower-cased). */
public record Address(String name, String email) {
    public Address {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The mailboxes of an address header value ("Jane Doe &lt;jane@acme.example&gt;, ..."), groups
     * flattened, RFC 2047 names decoded. Raw UTF-8 (RFC 6532) names and addresses are read whole:
     * mime4j's String entry point turns the text into UTF-8 bytes but stops after as many bytes as
     * the text has characters, so "Jürgen Müller &lt;j@x.example&gt;" gave "j@x.exampl". Parsing the
     * bytes with a cursor over all of them avoids that.
     */
    public static List<Address> parseList(String value) {
        List<Address> out = new ArrayList<>();
        if (value == null || value.isBlank()) return out;
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        var list = LenientAddressParser.DEFAULT.parseAddressList(new ByteArrayBuffer(bytes, bytes.length, false), new ParserCursor(0, bytes.length));
        for (Mailbox m : list.flatten()) {
            // The parser already took off the header's own quotes and decoded the encoded words
            // (RFC 2047: parse, then decode), so a quote left is one the sender wrote. Decoding again
            // catches encoded words put inside quotes, which RFC 2047 forbids but mailers send.
            String name = m.getName() == null ? "" : m.getName();
            out.add(new Address(DecoderUtil.decodeEncodedWords(name, DecodeMonitor.SILENT), m.getAddress()));
        }
        return out;
    }

    public String domain() {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    /** The display name, or the address when there is none. */
    public String displayName() {
        return name.isEmpty() ? email : name;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? email : name + " <" + email + ">";
    }
}
