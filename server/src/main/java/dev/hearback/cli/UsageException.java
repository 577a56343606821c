package dev.hearback.cli;

/** Bad arguments: one line on stderr and exit 2 (analyze-contract.md). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
