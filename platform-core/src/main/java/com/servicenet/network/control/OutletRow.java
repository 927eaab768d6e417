package com.servicenet.network.control;

import com.servicenet.network.entity.OutletStatus;

import java.util.List;

/** One line of HQ's outlet list. */
public record OutletRow(long id, String code, String legalName, OutletStatus status, String contactName,
                        String contactPhone, List<String> regionCodes) {
}
