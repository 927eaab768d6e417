package com.servicenet.quality.control;

import com.servicenet.network.entity.LocalizedName;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.QualityCounts;

import java.time.YearMonth;
import java.util.List;

/** HQ's home: the network's counts month by month, per province over the period, the top complaint categories and the open work. */
public record Dashboard(YearMonth from, YearMonth to, List<MonthPoint> network, List<Province> provinces,
                       List<CategoryCount> categories, long openCallbacks, long openComplaints, long overdueComplaints,
                       long openWarnings, long watched) implements java.io.Serializable {

    public record Province(Long provinceId, LocalizedName name, long outlets, QualityCounts counts) implements java.io.Serializable {
    }

    public record CategoryCount(ComplaintCategory category, long complaints) implements java.io.Serializable {
    }
}
