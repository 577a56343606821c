package dev.hearback.gmail;

import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryLabelAdded;
import com.google.api.services.gmail.model.HistoryLabelRemoved;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.HistoryMessageDeleted;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListThreadsResponse;
import dev.hearback.mail.MailThread;
import dev.hearback.mail.ReadError;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Reads one user's candidate threads from Gmail and keeps them current.
 *
 * <p><b>Full sync</b> (first time, forced, every {@link GmailConfig#fullResyncEvery()}, or when the
 * stored historyId has expired): users.getProfile for the mailbox historyId to continue from, then
 * users.threads.list with the candidate query (paging), then users.threads.get ({@code format=full}
 * and a field mask) for each listed thread not already in the cache at its historyId.
 *
 * <p><b>Incremental refresh</b>: users.history.list from the stored historyId. Threads it names
 * that are candidates are fetched again; a relevant change in a thread that is not a candidate (a
 * new message outside Promotions and Social, say) runs threads.list again, since only Gmail can tell
 * whether it now matches the query. Nothing else is called: an unchanged mailbox costs one
 * history.list (2 units). When Gmail answers 404 (the historyId is too old, typically after about a
 * week), a full sync runs instead; unchanged threads still come from the cache.
 */
public final class GmailSync {
    static final String ME = "me";
    static final List<String> HISTORY_TYPES = List.of("messageAdded", "messageDeleted", "labelAdded", "labelRemoved");
    static final String THREAD_FIELDS = "id,historyId,messages(id,threadId,labelIds,internalDate,payload)";
    static final String LIST_FIELDS = "threads(id,historyId),nextPageToken";
    static final String HISTORY_FIELDS = "history(id,messagesAdded(message(id,threadId,labelIds)),"
            + "messagesDeleted(message(id,threadId,labelIds)),labelsAdded(labelIds,message(id,threadId,labelIds)),"
            + "labelsRemoved(labelIds,message(id,threadId,labelIds))),historyId,nextPageToken";
    private static final Pattern THREAD_ID = Pattern.compile("[0-9a-fA-F]{1,32}");
    /** Label changes that alone never change what Hearback reads (reading a mail flips UNREAD). */
    private static final Set<String> MINOR_LABELS = Set.of("UNREAD", "STARRED", "IMPORTANT");
    /** A new message with one of these cannot make its thread match the query. */
    private static final Set<String> NEVER_CANDIDATE = Set.of("DRAFT", "SPAM", "TRASH", "CHAT", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL");
    /** Added to a thread, these may make it match the query. */
    private static final Set<String> MAY_MATCH_WHEN_ADDED = Set.of("INBOX", "SENT", "CATEGORY_PERSONAL", "CATEGORY_UPDATES", "CATEGORY_FORUMS");
    /** Removed from a thread, these may make it match the query. */
    private static final Set<String> MAY_MATCH_WHEN_REMOVED = Set.of("TRASH", "SPAM", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL");

    private final GmailCalls calls;
    private final String account;
    private final ThreadCache cache;
    private final GmailConfig config;
    private final Executor executor;
    private final Clock clock;

    GmailSync(GmailCalls calls, String account, ThreadCache cache, GmailConfig config, Executor executor, Clock clock) {
        this.calls = calls;
        this.account = account;
        this.cache = cache;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
    }

    /** @param previous the state the last sync returned, or null for a first (full) sync */
    public SyncResult sync(SyncState previous, boolean forceFull, QuotaMeter meter) throws GmailException {
        if (previous == null || forceFull || previous.historyId() == null) return full(SyncResult.Kind.FULL, meter);
        if (Duration.between(previous.fullSyncAt(), clock.instant()).compareTo(config.fullResyncEvery()) >= 0) {
            return full(SyncResult.Kind.FULL, meter);
        }
        return incremental(previous, meter);
    }

    /**
     * One thread, whether or not it is a candidate (the inline banner asks about the thread the
     * user has open). From the cache when the state knows its historyId, else one threads.get.
     */
    public Optional<MailThread> thread(String threadId, SyncState state, QuotaMeter meter) throws GmailException {
        if (threadId == null || !THREAD_ID.matcher(threadId).matches()) return Optional.empty();
        String hid = state == null ? null : state.threads().get(threadId);
        GmailPayloads.ParsedThread cached = cache.get(account, threadId, hid);
        if (cached != null) return Optional.of(cached.thread());
        Fetched f = fetch(threadId, meter);
        return f == null ? Optional.empty() : Optional.of(f.parsed.thread());
    }

    private SyncResult full(SyncResult.Kind kind, QuotaMeter meter) throws GmailException {
        // The mailbox historyId before listing: whatever changes after it, history.list will report.
        BigInteger start = calls.execute(() -> calls.gmail.users().getProfile(ME).setFields("historyId"), GmailMethod.GET_PROFILE, meter)
                .getHistoryId();
        LinkedHashMap<String, String> listed = list(meter);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : listed.entrySet()) {
            if (cache.get(account, e.getKey(), e.getValue()) == null) missing.add(e.getKey());
        }
        Map<String, Fetched> fetched = fetchAll(missing, meter);
        LinkedHashMap<String, String> candidates = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : listed.entrySet()) {
            if (fetched.containsKey(e.getKey())) {
                Fetched f = fetched.get(e.getKey());
                if (f != null) candidates.put(e.getKey(), f.historyId);
            } else {
                candidates.put(e.getKey(), e.getValue());
            }
        }
        SyncState state = new SyncState(start == null ? null : start.toString(), candidates, clock.instant());
        return result(state, kind, fetched, meter);
    }

    private SyncResult incremental(SyncState previous, QuotaMeter meter) throws GmailException {
        HistoryScan scan;
        try {
            scan = history(previous.historyId(), previous.threads().keySet(), meter);
        } catch (GmailException e) {
            if (e.status() == 404) return full(SyncResult.Kind.RESYNC_EXPIRED, meter);
            throw e;
        }
        LinkedHashMap<String, String> candidates = new LinkedHashMap<>();
        Set<String> refetch = new LinkedHashSet<>(scan.changedKnown);
        if (scan.maybeNewCandidate) {
            for (Map.Entry<String, String> e : list(meter).entrySet()) {
                String known = previous.threads().get(e.getKey());
                candidates.put(e.getKey(), known);
                if (!e.getValue().equals(known)) refetch.add(e.getKey());
            }
            refetch.retainAll(candidates.keySet()); // threads that left the query (trashed, aged out) are dropped
        } else {
            // Threads with news move to the front, as Gmail would list them.
            for (String id : scan.changedKnown) candidates.put(id, previous.threads().get(id));
            previous.threads().forEach(candidates::putIfAbsent);
        }
        Map<String, Fetched> fetched = fetchAll(refetch, meter);
        fetched.forEach((id, f) -> {
            if (f == null) candidates.remove(id);
            else candidates.put(id, f.historyId);
        });
        SyncState state = new SyncState(scan.historyId, candidates, previous.fullSyncAt());
        return result(state, SyncResult.Kind.INCREMENTAL, fetched, meter);
    }

    /** Builds the result from the cache; threads the cache has dropped meanwhile are fetched again. */
    private SyncResult result(SyncState state, SyncResult.Kind kind, Map<String, Fetched> fetched, QuotaMeter meter) throws GmailException {
        Map<String, Fetched> all = new HashMap<>(fetched);
        List<String> evicted = new ArrayList<>();
        for (Map.Entry<String, String> e : state.threads().entrySet()) {
            if (!all.containsKey(e.getKey()) && cache.get(account, e.getKey(), e.getValue()) == null) evicted.add(e.getKey());
        }
        all.putAll(fetchAll(evicted, meter));
        LinkedHashMap<String, String> ids = new LinkedHashMap<>(state.threads());
        List<MailThread> threads = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        for (Map.Entry<String, String> e : state.threads().entrySet()) {
            GmailPayloads.ParsedThread p;
            if (all.containsKey(e.getKey())) {
                Fetched f = all.get(e.getKey());
                if (f == null) {
                    ids.remove(e.getKey());
                    continue;
                }
                ids.put(e.getKey(), f.historyId);
                p = f.parsed;
            } else {
                p = cache.get(account, e.getKey(), e.getValue());
            }
            if (p == null) continue;
            errors.addAll(p.errors());
            if (!p.thread().messages().isEmpty()) threads.add(p.thread());
        }
        SyncState finalState = new SyncState(state.historyId(), ids, state.fullSyncAt());
        int fetchedCount = (int) all.values().stream().filter(f -> f != null).count();
        return new SyncResult(threads, errors, finalState, kind, fetchedCount, meter.snapshot());
    }

    /** users.threads.list with the candidate query, every page: thread id to historyId, Gmail's order. */
    private LinkedHashMap<String, String> list(QuotaMeter meter) throws GmailException {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        String page = null;
        do {
            String token = page;
            ListThreadsResponse r = calls.execute(() -> calls.gmail.users().threads().list(ME)
                    .setQ(config.query())
                    .setMaxResults((long) config.pageSize())
                    .setPageToken(token)
                    .setFields(LIST_FIELDS), GmailMethod.THREADS_LIST, meter);
            if (r.getThreads() != null) {
                for (com.google.api.services.gmail.model.Thread t : r.getThreads()) {
                    if (t.getId() != null) out.putIfAbsent(t.getId(), t.getHistoryId() == null ? "" : t.getHistoryId().toString());
                }
            }
            page = r.getNextPageToken();
        } while (page != null && !page.isEmpty());
        return out;
    }

    private static final class HistoryScan {
        final Set<String> changedKnown = new LinkedHashSet<>();
        boolean maybeNewCandidate;
        String historyId;
    }

    private HistoryScan history(String startHistoryId, Set<String> known, QuotaMeter meter) throws GmailException {
        HistoryScan scan = new HistoryScan();
        scan.historyId = startHistoryId;
        String page = null;
        do {
            String token = page;
            ListHistoryResponse r = calls.execute(() -> calls.gmail.users().history().list(ME)
                    .setStartHistoryId(new BigInteger(startHistoryId))
                    .setHistoryTypes(HISTORY_TYPES)
                    .setMaxResults((long) config.pageSize())
                    .setPageToken(token)
                    .setFields(HISTORY_FIELDS), GmailMethod.HISTORY_LIST, meter);
            if (r.getHistory() != null) for (History h : r.getHistory()) scan(h, known, scan);
            if (r.getHistoryId() != null) scan.historyId = r.getHistoryId().toString();
            page = r.getNextPageToken();
        } while (page != null && !page.isEmpty());
        return scan;
    }

    private static void scan(History h, Set<String> known, HistoryScan scan) {
        if (h.getMessagesAdded() != null) {
            for (HistoryMessageAdded a : h.getMessagesAdded()) {
                var m = a.getMessage();
                if (m == null || m.getThreadId() == null || has(m.getLabelIds(), Set.of("DRAFT"))) continue;
                if (known.contains(m.getThreadId())) scan.changedKnown.add(m.getThreadId());
                else if (!has(m.getLabelIds(), NEVER_CANDIDATE)) scan.maybeNewCandidate = true;
            }
        }
        if (h.getMessagesDeleted() != null) {
            for (HistoryMessageDeleted d : h.getMessagesDeleted()) {
                var m = d.getMessage();
                if (m == null || m.getThreadId() == null || has(m.getLabelIds(), Set.of("DRAFT"))) continue;
                if (known.contains(m.getThreadId())) scan.changedKnown.add(m.getThreadId());
            }
        }
        if (h.getLabelsAdded() != null) {
            for (HistoryLabelAdded l : h.getLabelsAdded()) {
                labelChange(l.getMessage(), l.getLabelIds(), MAY_MATCH_WHEN_ADDED, known, scan);
            }
        }
        if (h.getLabelsRemoved() != null) {
            for (HistoryLabelRemoved l : h.getLabelsRemoved()) {
                labelChange(l.getMessage(), l.getLabelIds(), MAY_MATCH_WHEN_REMOVED, known, scan);
            }
        }
    }

    private static void labelChange(com.google.api.services.gmail.model.Message m, List<String> changed, Set<String> mayMatch,
            Set<String> known, HistoryScan scan) {
        if (m == null || m.getThreadId() == null || changed == null) return;
        if (MINOR_LABELS.containsAll(changed) || has(m.getLabelIds(), Set.of("DRAFT"))) return;
        if (known.contains(m.getThreadId())) scan.changedKnown.add(m.getThreadId());
        else if (has(changed, mayMatch)) scan.maybeNewCandidate = true;
    }

    private static boolean has(List<String> labels, Set<String> any) {
        if (labels == null) return false;
        for (String l : labels) if (any.contains(l)) return true;
        return false;
    }

    private record Fetched(String historyId, GmailPayloads.ParsedThread parsed) {}

    /** users.threads.get; null when the thread is gone (404). The parsed thread goes into the cache. */
    private Fetched fetch(String threadId, QuotaMeter meter) throws GmailException {
        com.google.api.services.gmail.model.Thread t;
        try {
            t = calls.execute(() -> calls.gmail.users().threads().get(ME, threadId).setFormat("full").setFields(THREAD_FIELDS),
                    GmailMethod.THREADS_GET, meter);
        } catch (GmailException e) {
            if (e.status() == 404) return null;
            throw e;
        }
        GmailPayloads.ParsedThread parsed;
        try {
            parsed = GmailPayloads.thread(t, (messageId, attachmentId) -> calls.execute(
                    () -> calls.gmail.users().messages().attachments().get(ME, messageId, attachmentId),
                    GmailMethod.ATTACHMENTS_GET, meter).decodeData());
        } catch (GmailException e) {
            throw e;
        } catch (IOException e) {
            throw new GmailException("could not read Gmail thread " + threadId + ": " + e.getMessage(), e);
        }
        String hid = t.getHistoryId() == null ? null : t.getHistoryId().toString();
        cache.put(account, threadId, hid, parsed);
        return new Fetched(hid, parsed);
    }

    /** Fetches threads, {@code fetchParallelism} at a time; the map holds null for threads that are gone. */
    private Map<String, Fetched> fetchAll(Collection<String> ids, QuotaMeter meter) throws GmailException {
        Map<String, Fetched> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        if (executor == null || ids.size() == 1) {
            for (String id : ids) out.put(id, fetch(id, meter));
            return out;
        }
        Map<String, CompletableFuture<Fetched>> futures = new LinkedHashMap<>();
        for (String id : ids) {
            futures.put(id, CompletableFuture.supplyAsync(() -> {
                try {
                    return fetch(id, meter);
                } catch (GmailException e) {
                    throw new CompletionException(e);
                }
            }, executor));
        }
        GmailException first = null;
        for (Map.Entry<String, CompletableFuture<Fetched>> e : futures.entrySet()) {
            try {
                out.put(e.getKey(), e.getValue().join());
            } catch (CompletionException ex) {
                Throwable c = ex.getCause();
                GmailException g = c instanceof GmailException ge ? ge
                        : new GmailException("could not read Gmail thread " + e.getKey() + ": " + c, c);
                // An auth failure wins: it tells the user what to do.
                if (first == null || g instanceof GmailAuthException && !(first instanceof GmailAuthException)) first = g;
            }
        }
        if (first != null) throw first;
        return out;
    }
}
