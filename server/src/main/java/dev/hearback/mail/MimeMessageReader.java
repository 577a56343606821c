package dev.hearback.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * Reads one RFC 5322 message with mime4j's streaming parser. Only the top-level header, text parts
 * and calendar parts are kept; attachment bodies are skipped unread, so a 20 MB attachment costs no
 * memory. Text is capped: an endless body is cut, not loaded.
 */
public final class MimeMessageReader {
    static final int MAX_TEXT_CHARS = 256 * 1024;
    static final int MAX_CALENDAR_BYTES = 256 * 1024;

    private final MimeConfig config = MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .build();

    public MessageAssembler read(InputStream in, Supplier<Instant> fallbackSent) throws IOException {
        MessageAssembler asm = new MessageAssembler().fallbackSent(fallbackSent);
        // mime4j's lenient field parser: written for real-world headers, and unlike the default (a generated
        // parser that allocates its buffers per field) it costs little per Content-Type.
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
        parser.setContentDecoding(true);
        parser.setContentHandler(new Handler(asm));
        try {
            parser.parse(in);
        } catch (MimeException e) {
            asm.problem("malformed MIME: " + e.getMessage());
        }
        return asm;
    }

    private static final class Handler extends AbstractContentHandler {
        private final MessageAssembler asm;
        private int messageDepth;
        private int partDepth;

        Handler(MessageAssembler asm) {
            this.asm = asm;
        }

        @Override
        public void startMessage() {
            messageDepth++;
        }

        @Override
        public void endMessage() {
            messageDepth--;
        }

        @Override
        public void startBodyPart() {
            partDepth++;
        }

        @Override
        public void endBodyPart() {
            partDepth--;
        }

        @Override
        public void field(Field field) {
            // Only the outer message's own header describes the message; parts and forwarded messages do not.
            if (messageDepth == 1 && partDepth == 0) asm.header(field.getName(), field.getBody());
        }

        @Override
        public void body(BodyDescriptor bd, InputStream is) throws IOException {
            if (messageDepth != 1) return; // a forwarded message/rfc822 is not this message's text
            String type = bd.getMimeType().toLowerCase(Locale.ROOT);
            boolean attachment = bd instanceof org.apache.james.mime4j.message.MaximalBodyDescriptor m
                    && "attachment".equalsIgnoreCase(m.getContentDispositionType());
            if (type.equals("text/calendar") || type.equals("application/ics")) {
                asm.calendar(new String(readCapped(is, MAX_CALENDAR_BYTES), charsetOf(bd)));
            } else if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
                byte[] bytes = readCapped(is, MAX_TEXT_CHARS * 4);
                asm.text(type, new String(bytes, charsetOf(bd)));
            }
        }

        private Charset charsetOf(BodyDescriptor bd) {
            String name = bd.getCharset();
            if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
            Charset cs = CharsetUtil.lookup(name);
            if (cs == null) {
                asm.problem("unknown charset '" + Snippet.of(name, 40) + "', read as UTF-8");
                return StandardCharsets.UTF_8;
            }
            return cs;
        }
    }

    /** Reads at most {@code max} bytes and discards the rest of the stream. */
    static byte[] readCapped(InputStream is, int max) throws IOException {
        byte[] head = is.readNBytes(max);
        is.skip(Long.MAX_VALUE);
        while (is.read() != -1) {
            is.skip(Long.MAX_VALUE);
        }
        return head;
    }
}
