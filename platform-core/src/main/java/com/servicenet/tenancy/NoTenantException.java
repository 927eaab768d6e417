package com.servicenet.tenancy;

/** Work that belongs to an outlet was asked for by a caller that acts for no outlet. */
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("the caller acts for no outlet");
    }
}
