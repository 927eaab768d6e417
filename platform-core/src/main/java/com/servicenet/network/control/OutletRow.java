package com.servicenet.network.control;

import com.servicenet.network.entity.OutletStatus;

import java.util.List;

/** One line of HQ's outlet list. */
public record OutletRow(long id, String code, String legalName, OutletStatus status, String contactName,
                        String contactPhone, List<String> regionCodes) implements java.io.Serializable {

    /** The held regions' codes as one text, for lists and exports. */
    public String regionList() {
        return String.join(", ", regionCodes);
    }
}
