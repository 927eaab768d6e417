package com.servicenet.network.control;

import com.servicenet.network.entity.LocalizedName;

/** A region as HQ enters it: new, or the new parts of a split or merge. */
public record RegionDraft(String code, String nameEn, String nameZhCn, String nameZhTw, String serviceArea) {

    public LocalizedName name() {
        return new LocalizedName(nameEn, nameZhCn, nameZhTw);
    }
}
