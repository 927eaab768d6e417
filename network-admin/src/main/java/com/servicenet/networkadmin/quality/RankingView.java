package com.servicenet.networkadmin.quality;

import com.servicenet.network.entity.OutletStatus;
import com.servicenet.quality.control.QualityPolicy;
import com.servicenet.quality.control.RankingFilter;
import com.servicenet.quality.control.RankingRow;
import com.servicenet.quality.control.Scorecards;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The network ranking over a period (whole months, from and to included), best quality index first, by
 * province and watched only; paged at the database (a lazy table). By default the period is HQ's watch window
 * (the last complete months), so "watched only" there is the watch list ({@code ranking.xhtml?watched=true}).
 * CSV and Excel come from {@link RankingExportServlet}, streamed, for the filter applied.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("from", "ranking-form:filter-from", "to", "ranking-form:filter-to");

    @Inject
    Scorecards scorecards;

    @Inject
    QualityPolicy policy;

    private String from;
    private String to;
    private Long provinceId;
    private OutletStatus status;
    private boolean watchedOnly;
    private List<Scorecards.Province> provinces = List.of();
    private RankingFilter applied;
    private final Model model = new Model();

    /** f:viewAction: the watch window, the provinces, and the first page. */
    public void load() {
        YearMonth last = Months.current().minusMonths(1);
        if (from == null && to == null) {
            to = last.toString();
            from = last.minusMonths(policy.settings().watchMonths() - 1L).toString();
        }
        provinces = scorecards.provinces();
        search();
    }

    public void search() {
        try {
            YearMonth start = Months.parse(from);
            YearMonth end = Months.parse(to);
            if (start == null && from != null && !from.isBlank()) {
                throw new InvalidField("from", "quality.period-range", RankingFilter.MOST_MONTHS);
            }
            if (end == null && to != null && !to.isBlank()) {
                throw new InvalidField("to", "quality.period-range", RankingFilter.MOST_MONTHS);
            }
            applied = new RankingFilter(start, end, provinceId, status, watchedOnly);
        } catch (InvalidField refused) {
            FacesMessages.refused(FIELDS.getOrDefault(refused.field(), null), refused);
            FacesMessages.keepDialogOpen();
            applied = null;
        } catch (RuleViolation refused) {
            FacesMessages.refused(null, refused);
            applied = null;
        }
    }

    /** The query of the export links for the filter applied ("" before one is). */
    public String getExportQuery() {
        if (applied == null) {
            return "";
        }
        return "from=" + applied.from() + "&to=" + applied.to() + (applied.provinceId() == null ? "" : "&province=" + applied.provinceId())
                + (applied.status() == null ? "" : "&status=" + applied.status()) + (applied.watchedOnly() ? "&watched=true" : "");
    }

    /** The pages of the ranking for the filter applied; nothing while the filter is refused. */
    public final class Model extends LazyDataModel<RankingRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return applied == null ? 0 : (int) scorecards.ranking(applied, 0, 1).total();
        }

        @Override
        public List<RankingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (applied == null) {
                return List.of();
            }
            Scorecards.Page page = scorecards.ranking(applied, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(RankingRow row) {
            return String.valueOf(row.outletId());
        }
    }

    public Model getModel() {
        return model;
    }

    public RankingFilter getApplied() {
        return applied;
    }

    public List<Scorecards.Province> getProvinces() {
        return provinces;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public OutletStatus getStatus() {
        return status;
    }

    public void setStatus(OutletStatus status) {
        this.status = status;
    }

    /** The statuses a ranked (serving) outlet can have. */
    public List<OutletStatus> getRankedStatuses() {
        return List.of(OutletStatus.ACTIVE, OutletStatus.PROBATION);
    }

    public boolean isWatchedOnly() {
        return watchedOnly;
    }

    public void setWatchedOnly(boolean watchedOnly) {
        this.watchedOnly = watchedOnly;
    }
}
