package dev.hearback.cli;

import java.io.PrintStream;

/** {@code serve}: the web server lives in dev.hearback.web; this only hands over the arguments. */
final class Serve {
    private Serve() {}

    static int start(String[] args, PrintStream out) {
        throw new UsageException("serve is not part of this build yet");
    }
}
