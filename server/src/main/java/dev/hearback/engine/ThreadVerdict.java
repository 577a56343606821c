package dev.hearback.engine;

/** The engine's answer for one thread: an interview process, or not one (with the reason). */
public sealed interface ThreadVerdict {
    record Interview(ThreadReport report) implements ThreadVerdict {
        public Interview {
            if (report == null) throw new IllegalArgumentException("report is required");
        }
    }

    record NotInterview(IgnoredThread thread) implements ThreadVerdict {
        public NotInterview {
            if (thread == null) throw new IllegalArgumentException("thread is required");
        }
    }
}
