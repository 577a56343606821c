package dev.hearback.engine;

/** The employer's person to write to: who last wrote for the employer. */
public record Contact(String name, String email) {
    public String firstName() {
        String n = name == null ? "" : name.strip();
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }
}
