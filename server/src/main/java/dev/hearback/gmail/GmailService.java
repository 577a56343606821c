package dev.hearback.gmail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.Sleeper;
import com.google.api.services.gmail.Gmail;
import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's entry to Gmail: one per process. Holds the thread cache, each account's sync state
 * and credentials (in memory only), the HTTP transport and the pool that fetches threads. Hands out
 * a cheap {@link GmailMailbox} per user and request.
 */
public final class GmailService implements AutoCloseable {
    private final GmailConfig config;
    private final ThreadCache cache;
    private final HttpTransport transport;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ExecutorService pool;
    private final QuotaMeter total = new QuotaMeter();
    private final Cache<String, Account> accounts = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofDays(2))
            .build();

    static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        volatile SyncState state;
        volatile GoogleCredentials credentials;
        volatile String refreshTokenFingerprint;
    }

    public GmailService(GmailConfig config) {
        this(config, ThreadCache.defaults(), new NetHttpTransport(), Sleeper.DEFAULT, Clock.systemUTC());
    }

    public GmailService(GmailConfig config, ThreadCache cache, HttpTransport transport, Sleeper sleeper, Clock clock) {
        this.config = Objects.requireNonNull(config);
        this.cache = cache;
        this.transport = transport;
        this.sleeper = sleeper;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.fetchParallelism()), r -> {
            Thread t = new Thread(r, "gmail-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A user signed in on the web: their stored refresh token. The credentials (and the access
     * token they fetch) are kept per account and reused while the refresh token is the same.
     *
     * @param account the user's stable id (their Google subject or Hearback user id)
     */
    public GmailMailbox forRefreshToken(String account, String refreshToken) {
        Account a = account(account);
        String fp = fingerprint(refreshToken);
        GoogleCredentials c;
        // One credentials object per account, or two requests at once would each refresh the token.
        synchronized (a) {
            c = a.credentials;
            if (c == null || !fp.equals(a.refreshTokenFingerprint)) {
                c = GmailCredentials.forRefreshToken(config, refreshToken, null, transport);
                a.credentials = c;
                a.refreshTokenFingerprint = fp;
            }
        }
        return mailbox(account, c);
    }

    /** An access token passed with the request, used as is (it cannot be refreshed). */
    public GmailMailbox forAccessToken(String account, String accessToken) {
        return mailbox(account, GmailCredentials.forAccessToken(accessToken, null));
    }

    /**
     * The Workspace add-on: the event's {@code userOAuthToken} as the bearer token, plus its
     * per-message {@code gmail.accessToken} in {@code X-Goog-Gmail-Access-Token} on every request
     * (what the {@code gmail.addons.current.*} scopes require). Neither token can be refreshed; an
     * expired one ends as {@link GmailAuthException}.
     */
    public GmailMailbox forAddOn(String account, String userOAuthToken, String gmailAccessToken) {
        return mailbox(account, GmailCredentials.forAccessToken(userOAuthToken, null),
                Objects.requireNonNull(gmailAccessToken, "gmailAccessToken"));
    }

    /** Any credentials (tests, or a caller that builds its own). */
    public GmailMailbox mailbox(String account, Credentials credentials) {
        return mailbox(account, credentials, null);
    }

    private GmailMailbox mailbox(String account, Credentials credentials, String gmailAccessToken) {
        Gmail gmail = new Gmail.Builder(transport, GsonFactory.getDefaultInstance(),
                new GmailHttpInitializer(credentials, gmailAccessToken, config.retry(), sleeper, clock::instant))
                .setRootUrl(config.gmailRootUrl())
                .setApplicationName(GmailConfig.APPLICATION_NAME)
                .build();
        GmailCalls calls = new GmailCalls(gmail, config.retry(), sleeper);
        return new GmailMailbox(this, account, new GmailSync(calls, account, cache, config, pool, clock),
                new DraftCreator(calls, clock), new QuotaMeter(total));
    }

    /** Sign-out or revoked access: the account's state, credentials and cached threads are dropped. */
    public void forget(String account) {
        accounts.invalidate(account);
        cache.evictAccount(account);
    }

    /** The account's last sync state, if any (its historyId is what a server may store). */
    public Optional<SyncState> state(String account) {
        Account a = accounts.getIfPresent(account);
        return a == null ? Optional.empty() : Optional.ofNullable(a.state);
    }

    /** Every Gmail call this process made, with the quota units. */
    public QuotaUsage totalQuota() {
        return total.snapshot();
    }

    public ThreadCache cache() {
        return cache;
    }

    public GmailConfig config() {
        return config;
    }

    Account account(String account) {
        return accounts.get(Objects.requireNonNull(account, "account"), k -> new Account());
    }

    private static String fingerprint(String secret) {
        return com.google.common.hash.Hashing.sha256().hashString(secret, java.nio.charset.StandardCharsets.UTF_8).toString();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
