package com.servicenet.network.control;

import com.servicenet.network.entity.LocalizedName;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.RegionLevel;

/**
 * A region with its current holder, for trees and coverage lists.
 *
 * @param holderId null when nobody holds the region
 */
public record RegionNode(long id, Long parentId, String code, RegionLevel level, LocalizedName name, String serviceArea,
                         boolean leaf, Long holderId, String holderCode, String holderName, OutletStatus holderStatus) implements java.io.Serializable {

    /** A leaf nobody serves: no holder, or a holder that is suspended. */
    public boolean isGap() {
        return leaf && (holderStatus == null || !holderStatus.serves());
    }
}
