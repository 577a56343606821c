package dev.hearback.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code serve [--demo [--mbox FILE --me ADDRESS [--now INSTANT]]]}. */
record ServeArgs(boolean demo, Path mbox, String me, Instant now) {
    static ServeArgs parse(String[] args) {
        boolean demo = false;
        Path mbox = null;
        String me = null;
        Instant now = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--demo" -> demo = true;
                case "--mbox" -> mbox = Path.of(value(args, ++i, a));
                case "--me" -> me = value(args, ++i, a);
                case "--now" -> {
                    try {
                        now = Instant.parse(value(args, ++i, a));
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--now must be an instant such as 2026-11-20T17:00:00Z");
                    }
                }
                default -> throw new UsageException("unknown option for serve: '" + a + "'\n" + Main.USAGE);
            }
        }
        if ((mbox != null || me != null || now != null) && !demo) {
            throw new UsageException("--mbox, --me and --now go with --demo (your own mailbox, served on this machine only)");
        }
        if ((mbox == null) != (me == null)) throw new UsageException("--mbox and --me go together: the mailbox and your address in it");
        if (now != null && mbox == null) throw new UsageException("--now goes with --mbox (the bundled demo has its own day)");
        if (mbox != null && !Files.isReadable(mbox)) throw new UsageException("cannot read the mailbox " + mbox);
        return new ServeArgs(demo, mbox, me, now);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new UsageException(flag + " needs a value");
        return args[i];
    }
}
