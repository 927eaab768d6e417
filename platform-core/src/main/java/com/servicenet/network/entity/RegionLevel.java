package com.servicenet.network.entity;

/** The administrative levels a brand's territory is cut into: 省 → 市 → 区/县. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    DISTRICT;

    /** The level a child of this level has; a district has none. */
    public RegionLevel childLevel() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> DISTRICT;
            case DISTRICT -> null;
        };
    }
}
