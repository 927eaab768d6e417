package com.servicenet.quality.entity;

/** How a complaint reached HQ: the hotline, the consumer's public page, or a callback that went badly. */
public enum ComplaintSource {
    HOTLINE, PUBLIC, CALLBACK
}
