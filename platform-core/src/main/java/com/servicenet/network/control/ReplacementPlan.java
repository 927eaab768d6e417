package com.servicenet.network.control;

import java.util.List;

/**
 * What a replacement would do, shown to HQ before it confirms: the regions that move to the successor and
 * the outlet's open work that must be handed over (filled in by capabilities that own such work).
 */
public record ReplacementPlan(long outgoingId, String outgoingCode, List<String> regionCodes, List<String> openWork) implements java.io.Serializable {

    public String regionList() {
        return String.join(", ", regionCodes);
    }
}
