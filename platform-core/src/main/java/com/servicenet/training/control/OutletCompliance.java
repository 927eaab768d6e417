package com.servicenet.training.control;

/**
 * An outlet's training compliance: of its active technicians, how many hold valid certifications for every
 * product category the outlet serves. An outlet without technicians has no share ({@code null}) and counts as
 * below any threshold: nobody there may repair.
 */
public record OutletCompliance(long outletId, String outletCode, String outletName, String outletStatus, int technicians,
                               int compliant, int threshold) {

    /** Whole per cent, rounded down, or null without technicians. */
    public Integer percent() {
        return technicians == 0 ? null : compliant * 100 / technicians;
    }

    public boolean below() {
        return technicians == 0 || compliant * 100 < threshold * technicians;
    }
}
