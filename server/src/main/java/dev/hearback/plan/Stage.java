package dev.hearback.plan;

/** Where an interview process stands (policy.md, "Stage"; first match wins in this order). */
public enum Stage { WITHDRAWN, ACCEPTED, OFFER, REJECTED, SCHEDULED, AWAITING }
