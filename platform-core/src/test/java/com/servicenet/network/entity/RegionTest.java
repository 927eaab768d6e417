package com.servicenet.network.entity;

import com.servicenet.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionTest {

    private static final LocalizedName GUANGDONG = new LocalizedName("Guangdong", "广东省", "廣東省");

    @Test
    void regionsNestProvinceCityDistrict() {
        Region province = Region.province("gd", GUANGDONG, null);
        Region city = province.subdivide("GD-GZ", new LocalizedName("Guangzhou", "广州市", "廣州市"), null);
        Region district = city.subdivide("GD-GZ-TH", new LocalizedName("Tianhe", "天河区", "天河區"), "天河区全境");

        assertEquals("GD", province.code());
        assertEquals(RegionLevel.CITY, city.level());
        assertEquals(RegionLevel.DISTRICT, district.level());
        assertEquals("region.no-lower-level", assertThrows(RuleViolation.class,
                () -> district.subdivide("GD-GZ-TH-1", GUANGDONG, null)).key());
    }

    @Test
    void aRetiredRegionCannotChangeOrGrow() {
        Region province = Region.province("GD", GUANGDONG, null);
        province.retire(Instant.EPOCH);

        assertEquals("region.retired", assertThrows(RuleViolation.class, () -> province.rename(GUANGDONG, null)).key());
        assertEquals("region.retired", assertThrows(RuleViolation.class,
                () -> province.subdivide("GD-GZ", GUANGDONG, null)).key());
    }

    @Test
    void namesFollowTheReadersLanguage() {
        assertEquals("Guangdong", GUANGDONG.in(Locale.ENGLISH));
        assertEquals("广东省", GUANGDONG.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("廣東省", GUANGDONG.in(Locale.TRADITIONAL_CHINESE));
        assertEquals("廣東省", GUANGDONG.in(Locale.forLanguageTag("zh-HK")));
        assertEquals("Guangdong", GUANGDONG.in(Locale.GERMAN));
    }

    @Test
    void siblingsShareParentAndLevel() {
        Region province = Region.province("GD", GUANGDONG, null);
        Region a = province.subdivide("GD-GZ", GUANGDONG, null);
        Region b = a.sibling("GD-SZ", GUANGDONG, null);

        assertTrue(a.isSiblingOf(b));
        assertEquals(RegionLevel.CITY, b.level());
    }
}
