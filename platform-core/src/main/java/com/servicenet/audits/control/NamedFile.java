package com.servicenet.audits.control;

/** A file as a boundary received it: the name the client gave and the bytes. */
public record NamedFile(String name, byte[] bytes) {
}
