package com.servicenet.tenantweb.repairs;

import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.network.control.OutletSelfService;
import com.servicenet.network.entity.Outlet;
import com.servicenet.repairs.control.RepairDesk;
import com.servicenet.repairs.control.Tariffs;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.RepairPart;
import com.servicenet.repairs.entity.Tariff;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The customer's receipt of one repair: every charge next to HQ's official range of the price list valid on the
 * receipt day, so the customer can see what the outlet may charge. Part ranges are those the order kept when it
 * was charged; the labour range is read from the same day's price list.
 */
@Named
@ViewScoped
public class ReceiptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepairDesk desk;

    @Inject
    OutletSelfService self;

    @Inject
    Tariffs tariffs;

    private String id;
    private RepairOrder order;
    private Outlet outlet;
    private PriceLine labourRange;
    private final HashMap<String, String> partNames = new HashMap<>();

    /** f:viewAction: the outlet's own repair, or 404. */
    public void load() throws IOException {
        Long key = RepairPages.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            order = desk.order(key);
        } catch (RuleViolation refused) {
            if (!RepairPages.unknown(refused)) {
                throw refused;
            }
            FacesMessages.notFound();
            return;
        }
        outlet = self.profile();
        Tariff tariff = tariffs.of(order.category(), order.receivedOn());
        labourRange = tariff.labour(order.category(), order.serviceType()).orElse(null);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (RepairPart part : order.parts()) {
            partNames.put(part.partCode(), tariff.part(order.category(), part.partCode()).map(line -> line.name().in(locale)).orElse(""));
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RepairOrder getOrder() {
        return order;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    /** The parts' names in the reader's language, by code, from the price list of the receipt day. */
    public Map<String, String> getPartNames() {
        return partNames;
    }

    public PriceLine getLabourRange() {
        return labourRange;
    }

    /** The customer's phone as a receipt shows it: 138****5678. */
    public String getMaskedPhone() {
        return order == null ? "" : order.customer().masked().phone();
    }
}
