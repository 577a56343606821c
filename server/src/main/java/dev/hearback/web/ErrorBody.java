package dev.hearback.web;

/** Every error the server answers: {@code {"error": "<code>", "message": "<sentence>"}}. */
public record ErrorBody(String error, String message) {}
