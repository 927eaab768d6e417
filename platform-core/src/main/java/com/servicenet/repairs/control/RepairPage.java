package com.servicenet.repairs.control;

import java.util.List;

/** One page of a repair list, newest first, and the cursor of the next page (null on the last one). */
public record RepairPage(List<RepairRow> items, String nextCursor) {
}
