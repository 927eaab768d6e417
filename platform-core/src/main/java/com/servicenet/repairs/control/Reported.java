package com.servicenet.repairs.control;

import com.servicenet.repairs.entity.RepairOrder;

/** A reported repair, and whether this report was a retry that found the order its first attempt created. */
public record Reported(RepairOrder order, boolean replayed) {
}
