package dev.hearback.cli;

import dev.hearback.engine.Analysis;
import dev.hearback.engine.AnalysisSettings;
import dev.hearback.engine.Engine;
import dev.hearback.mail.Mailbox;
import dev.hearback.mail.MailboxReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import dev.hearback.config.Environment;
import dev.hearback.server.HearbackServer;
import dev.hearback.server.LocalMailbox;
import dev.hearback.store.TokenCipher;
import dev.hearback.web.ServerConfig;

/** {@code hearback analyze ...} and {@code hearback demo}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = run(args, out, System.err, System.console() != null);
        if (code >= 0) {
            out.flush();
            System.exit(code);
        }
    }

    /** Returns the exit code, or -1 when a server keeps running. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "analyze" -> analyze(AnalyzeArgs.parse(rest, terminal), out);
                case "demo" -> demo(out);
                case "serve" -> serve(rest, out);
                case "keyset" -> keyset(out);
                default -> throw new UsageException("unknown command '" + args[0] + "'\n" + USAGE);
            };
        } catch (UsageException | IllegalArgumentException | dev.hearback.config.SecretResolutionException e) {
            err.println("hearback: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("hearback: cannot read the mailbox: " + e.getMessage());
            return 2;
        }
    }

    private static int analyze(AnalyzeArgs a, PrintStream out) throws IOException {
        // A one-shot run owns the machine: read and infer on every core (the output does not depend on it).
        int cores = Runtime.getRuntime().availableProcessors();
        MailboxReader reader = new MailboxReader(cores);
        Mailbox mb = a.mbox() != null ? reader.readMbox(a.mbox()) : reader.readEmlFolder(a.emlDir());
        Analysis analysis = new Engine(cores).analyze(mb.threads(), new AnalysisSettings(a.me(), a.now(), a.zone(), a.country(), a.preset()));
        out.print(a.json() ? AnalysisJson.write(analysis, mb.errors()) + "\n" : TextChecklist.write(analysis, mb.errors()));
        return 0;
    }

    /** The bundled demo mailbox as a checklist: what a new user sees first, no account needed. */
    private static int demo(PrintStream out) throws IOException {
        try (InputStream in = DemoMailbox.open()) {
            Mailbox mb = new MailboxReader().readMbox(in);
            Analysis analysis = new Engine().analyze(mb.threads(), DemoMailbox.settings());
            out.print(TextChecklist.write(analysis, mb.errors()));
        }
        return 0;
    }

    /** Starts the server and returns -1: the process lives until it is stopped. */
    private static int serve(String[] rest, PrintStream out) {
        ServeArgs a = ServeArgs.parse(rest);
        // sm:// values (App Engine: secrets) are read from Secret Manager before anything uses them.
        Map<String, String> env = Environment.resolve(System.getenv());
        // The bundled demo mailbox is read by start() itself, beside the rest of start-up.
        LocalMailbox local = !a.demo() || a.mbox() == null ? null : LocalMailbox.of(a.mbox(), a.me(), a.now());
        HearbackServer server;
        try {
            ServerConfig config = ServerConfig.fromEnv(env, a.demo());
            server = local == null ? HearbackServer.start(config, env) : HearbackServer.start(config, env, local);
        } catch (io.javalin.util.JavalinBindException e) {
            throw new UsageException("cannot listen on the port (" + e.getMessage() + "); set PORT to a free one");
        }
        boolean demo = a.demo();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "hearback-shutdown"));
        out.println((demo ? "Hearback demo (no Google account; loopback only): " : "Hearback serving at ") + server.url());
        return -1;
    }

    /** A new Tink keyset for HEARBACK_TINK_KEYSET (production keeps it in Secret Manager). */
    private static int keyset(PrintStream out) {
        out.println(TokenCipher.newKeysetJson());
        return 0;
    }

    static final String USAGE = """
            usage: java -jar hearback.jar COMMAND
              analyze --mbox FILE | --eml DIR --me ADDRESS[,ADDRESS...]
                      [--now 2026-11-20T17:00:00Z] [--zone America/New_York] [--country US]
                      [--preset balanced|patient|assertive] [--format json|text]
              demo                  the bundled demo mailbox as a checklist
              serve                 the web server for Gmail users (PORT, default 8080; see README "Deploy")
              serve --demo [--mbox FILE --me ADDRESS [--now INSTANT]]
                                    no Google account, loopback only: the bundled demo mailbox,
                                    or your own Takeout mbox
              keyset                print a new encryption keyset for HEARBACK_TINK_KEYSET""";
}
