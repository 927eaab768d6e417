package com.servicenet.networkadmin.repairs;

import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.entity.Outlet;
import com.servicenet.repairs.control.RepairSearch;
import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** One repair, read-only for HQ: charges against the official ranges, flags, warranty, steps; the customer masked. */
@Named
@ViewScoped
public class RepairView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepairSearch search;

    @Inject
    OutletDirectory directory;

    @Inject
    PriceLists priceLists;

    private Long id;
    private RepairOrder order;
    private Customer customer;
    private Outlet outlet;
    private PriceLine labourLine;

    /** f:viewAction: loads the repair named by the id parameter, or answers 404. */
    public void load() throws IOException {
        try {
            order = id == null ? null : search.order(id);
        } catch (RuleViolation unknown) {
            order = null;
        }
        if (order == null) {
            FacesMessages.notFound();
            return;
        }
        customer = order.customer().masked();
        outlet = directory.find(order.outletId()).orElse(null);
        labourLine = null;
        if (order.priceListId() != null) {
            try {
                labourLine = priceLists.publishedVersion(order.priceListId())
                        .line(PriceLineKind.LABOUR, order.category(), order.serviceType().name()).orElse(null);
            } catch (RuleViolation unknown) {
                labourLine = null;
            }
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RepairOrder getOrder() {
        return order;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public PriceLine getLabourLine() {
        return labourLine;
    }
}
