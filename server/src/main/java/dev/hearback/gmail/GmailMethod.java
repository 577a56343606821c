package dev.hearback.gmail;

/**
 * The Gmail API methods Hearback calls, with their cost in Gmail quota units (Gmail API "Usage
 * limits": per-user limit 250 units per second, per-project 1,200,000 units per minute).
 */
public enum GmailMethod {
    THREADS_LIST("users.threads.list", 10),
    THREADS_GET("users.threads.get", 10),
    HISTORY_LIST("users.history.list", 2),
    ATTACHMENTS_GET("users.messages.attachments.get", 5),
    GET_PROFILE("users.getProfile", 1),
    DRAFTS_CREATE("users.drafts.create", 10);

    private final String apiName;
    private final int units;

    GmailMethod(String apiName, int units) {
        this.apiName = apiName;
        this.units = units;
    }

    public String apiName() {
        return apiName;
    }

    public int units() {
        return units;
    }
}
