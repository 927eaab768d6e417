package com.servicenet.quality.control;

import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintStatus;

/** What HQ narrows the complaint list by; every part optional. {@code open}: not resolved or rejected. */
public record ComplaintFilter(Long outletId, ComplaintStatus status, ComplaintCategory category, boolean open, boolean overdue)
        implements java.io.Serializable {

    public static ComplaintFilter all() {
        return new ComplaintFilter(null, null, null, false, false);
    }
}
