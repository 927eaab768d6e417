package com.servicenet.network.control;

import com.servicenet.network.entity.OutletStatus;

/**
 * What HQ narrows the outlet list by; null fields do not filter.
 *
 * @param text part of the code or legal name, case-insensitive
 * @param regionCode outlets currently holding this region or a region below it
 */
public record OutletFilter(String text, OutletStatus status, String regionCode) {

    public static final OutletFilter NONE = new OutletFilter(null, null, null);
}
