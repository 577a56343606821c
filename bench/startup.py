#!/usr/bin/env python3
"""Cold start of `serve --demo` to its first successful answers (issue 6 item 3). Builds nothing.

    python3 bench/startup.py [RUNS] [--production] [-- JVM FLAGS...]
    python3 bench/startup.py 5 -- -Xmx200m -XX:+UseSerialGC -XX:SharedArchiveFile=bench/app.jsa

For each run: start the JVM, poll GET /healthz every 5 ms until 200 ("healthz"), then sign in
(GET /auth/start, token from the redirect) and GET /api/threads until 200 ("threads", the first
answer a user sees, which plans the demo mailbox). Times are from just before the process is
spawned. Prints each run and the median.

--production starts `serve` as App Engine does (Gmail sign-in; a placeholder OAuth client, the
keyset in HEARBACK_TINK_KEYSET, a new SQLite database in a temporary folder for each run, so
Flyway migrates as on a first start) and measures GET /healthz, then GET /auth/start, which
answers with the redirect to Google's consent page ("auth/start": the first answer a user gets
there; nothing past it can be timed without Google).
"""
import http.client
import os
import re
import statistics
import shutil
import subprocess
import sys
import tempfile
import time

JAR = os.environ.get("JAR", "server/target/hearback.jar")
def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = int(os.environ.get("PORT") or free_port())
REDIRECT = "https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/cb"


def get(path, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    try:
        c.request("GET", path, headers=headers or {})
        r = c.getresponse()
        r.read()
        return r
    finally:
        c.close()


def cpu_seconds(pid):
    """User + system CPU time the process has used so far (less sensitive to a busy machine than wall time)."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_keyset = []


def keyset():
    """A new keyset from the jar itself (`hearback.jar keyset`), made once, before the timed runs."""
    if not _keyset:
        _keyset.append(subprocess.run(["java", "-jar", JAR, "keyset"], check=True, capture_output=True,
                                      text=True).stdout.strip())
    return _keyset[0]


def one_run(flags, production=False):
    env = dict(os.environ, PORT=str(PORT))
    tmp = None
    if production:
        tmp = tempfile.mkdtemp(prefix="hearback-startup-")
        env.update(GOOGLE_CLIENT_ID="bench.apps.googleusercontent.com", GOOGLE_CLIENT_SECRET="bench-secret",
                   HEARBACK_DB_URL="jdbc:sqlite:" + os.path.join(tmp, "hearback.db"),
                   HEARBACK_TINK_KEYSET=keyset(), HEARBACK_HOST="127.0.0.1",
                   HEARBACK_EXTENSION_ORIGINS="chrome-extension://abcdefghijklmnopabcdefghijklmnop")
    t0 = time.monotonic()
    p = subprocess.Popen(["java", *flags, "-jar", JAR, "serve", *([] if production else ["--demo"])], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if get("/healthz").status == 200:
                    break
            except OSError:
                pass
            if p.poll() is not None:
                raise SystemExit("the server exited with %s" % p.returncode)
            if time.monotonic() - t0 > 60:
                raise SystemExit("no answer in 60 s")
            time.sleep(0.005)
        t_health = time.monotonic() - t0
        c_health = cpu_seconds(p.pid)
        r = get("/auth/start?redirect_uri=" + REDIRECT)
        if production:
            if r.status != 302 or "accounts.google.com" not in r.getheader("Location", ""):
                raise SystemExit("GET /auth/start answered %d %s" % (r.status, r.getheader("Location")))
        else:
            token = re.search(r"#token=([^&]+)", r.getheader("Location")).group(1)
            r = get("/api/threads", {"Authorization": "Bearer " + token})
            if r.status != 200:
                raise SystemExit("GET /api/threads answered %d" % r.status)
        t_threads = time.monotonic() - t0
        return t_health, t_threads, c_health, cpu_seconds(p.pid)
    finally:
        p.terminate()
        p.wait()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    args = sys.argv[1:]
    runs = 5
    flags = []
    if "--" in args:
        i = args.index("--")
        flags = args[i + 1:]
        args = args[:i]
    production = "--production" in args
    args = [a for a in args if a != "--production"]
    if args:
        runs = int(args[0])
    second = "auth/start" if production else "threads"
    if production:
        keyset()
    print("load before: %s" % open("/proc/loadavg").read().strip())
    print("%sflags: %s" % ("serve (production), " if production else "", " ".join(flags)))
    results = []
    for n in range(runs):
        h, t, ch, ct = one_run(flags, production)
        results.append((h, t, ch, ct))
        print("run %d: healthz %.0f ms (cpu %.2f s), %s %.0f ms (cpu %.2f s)" % (
            n + 1, h * 1000, ch, "/auth/start" if production else "/api/threads after sign-in", t * 1000, ct))
    med = [statistics.median(r[i] for r in results) for i in range(4)]
    print("median: healthz %.0f ms, %s %.0f ms; JVM cpu at healthz %.2f s, at %s %.2f s (load after: %s)" % (
        med[0] * 1000, second, med[1] * 1000, med[2], second, med[3], open("/proc/loadavg").read().strip()))


if __name__ == "__main__":
    main()
