package com.servicenet.repairs.control;

/**
 * Two requests with the same Idempotency-Key raced and the other one committed first: this one's
 * transaction is rolled back, and the caller should answer with what the other one created.
 */
public class DuplicateRequest extends RuntimeException {

    private final String ticketNo;

    public DuplicateRequest(String ticketNo) {
        super("a request with this Idempotency-Key was committed concurrently");
        this.ticketNo = ticketNo;
    }

    public String ticketNo() {
        return ticketNo;
    }
}
