package dev.hearback.store;

/** The two databases every repository test runs on. */
enum Backend { SQLITE, POSTGRES }
