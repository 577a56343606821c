package dev.hearback.mail;

import java.util.Locale;

/** A mailbox as written in a header: display name (may be empty) and address (lower-cased). */
public record Address(String name, String email) {
    public Address {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
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
