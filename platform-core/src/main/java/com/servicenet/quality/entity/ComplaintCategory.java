package com.servicenet.quality.entity;

/** What a complaint is about (服务态度, 乱收费, 维修质量, 拖延, 爽约). */
public enum ComplaintCategory {
    ATTITUDE, OVERCHARGING, REPAIR_QUALITY, DELAY, NO_SHOW
}
