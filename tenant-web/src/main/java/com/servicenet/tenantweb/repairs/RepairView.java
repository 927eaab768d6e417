package com.servicenet.tenantweb.repairs;

import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Technician;
import com.servicenet.repairs.control.RepairDesk;
import com.servicenet.repairs.control.RepairReport;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.repairs.entity.WarrantyDecision;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One repair of the caller's outlet: a new one (no id) or an existing one (?id=), its form with the price list's
 * ranges as hints, and the status moves the order allows. The rules are the domain's; this only maps in and out.
 */
@Named
@ViewScoped
public class RepairView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM_MESSAGES = "repair-form:repair-messages";
    static final String MOVE_MESSAGES = "move-form:move-messages";

    private static final Pattern PART_FIELD = Pattern.compile("parts\\[(\\d+)]\\.(partCode|quantity|unitPrice)");

    @Inject
    RepairDesk desk;

    @Inject
    PriceLists priceLists;

    @Inject
    Technicians technicians;

    private String id;
    private boolean loaded;
    private RepairOrder order;
    private RepairForm form = new RepairForm();
    private List<Technician> staff = List.of();
    /** The price list valid on the receipt day (today for a new repair), or null when HQ published none for it. */
    private PriceList priceList;
    private List<PriceLine> partOptions = List.of();
    private List<RepairStatus> moves = List.of();

    private RepairStatus move;
    private String resolution;
    private String moveTechnician;
    private boolean customerConfirmed;

    /** f:viewAction: a new form, or the outlet's own repair; anything else answers 404. */
    public void load() throws IOException {
        if (id != null) {
            Long key = RepairPages.id(id);
            if (key == null) {
                FacesMessages.notFound();
                return;
            }
            try {
                show(desk.order(key));
            } catch (RuleViolation refused) {
                if (!RepairPages.unknown(refused)) {
                    throw refused;
                }
                FacesMessages.notFound();
                return;
            }
        }
        staff = technicians.ofOwnOutlet();
        priceList = priceLists.validOn(receiptDay()).orElse(null);
        categoryChanged();
        loaded = true;
    }

    private void show(RepairOrder shown) {
        order = shown;
        form = RepairForm.of(shown);
        moves = shown.allowedMoves().stream().sorted().toList();
    }

    private LocalDate receiptDay() {
        return order == null ? LocalDate.now(RepairOrder.BUSINESS_ZONE) : order.receivedOn();
    }

    /** AJAX: the parts of the chosen category become the choices, before any part code is validated against them. */
    public void categoryChanged() {
        partOptions = priceList == null || form.getCategory() == null ? List.of()
                : priceList.lines().stream()
                        .filter(line -> line.kind() == PriceLineKind.PART && line.category() == form.getCategory())
                        .toList();
        for (PartLine line : form.getParts()) {
            if (partOptions.stream().noneMatch(option -> option.code().equals(line.getPartCode()))) {
                line.setPartCode(null);
            }
        }
    }

    public void addPart() {
        form.getParts().add(new PartLine());
    }

    public void removePart(PartLine line) {
        form.getParts().remove(line);
    }

    /** Reports the new repair or revises this one, then shows it (redirect after POST). */
    public String save() {
        try {
            RepairReport report = form.report();
            RepairOrder saved = order == null ? desk.report(report, null, null).order() : desk.revise(order.id(), report);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            RepairPages.done("repair.saved", saved.ticketNo());
            return "/repair.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidField refused) {
            FacesMessages.refused(Objects.requireNonNullElse(componentOf(refused.field()), FORM_MESSAGES), refused);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RuleViolation refused) {
            FacesMessages.refused(FORM_MESSAGES, refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /** The form component a refused field belongs to, or null when the refusal is for the page. */
    static String componentOf(String field) {
        Matcher part = PART_FIELD.matcher(field);
        if (part.matches()) {
            String input = switch (part.group(2)) {
                case "partCode" -> "part";
                case "quantity" -> "quantity";
                default -> "unit-price";
            };
            return "repair-form:parts:" + part.group(1) + ":" + input;
        }
        String input = switch (field) {
            case "ticketNo" -> "ticket";
            case "serviceType" -> "service-type";
            case "productCategory" -> "category";
            case "model" -> "model";
            case "serialNo" -> "serial";
            case "purchaseDate" -> "purchase-date";
            case "fault" -> "fault";
            case "customer.name" -> "customer-name";
            case "customer.phone" -> "customer-phone";
            case "customer.address" -> "customer-address";
            case "technicianCode" -> "technician";
            case "labourFee" -> "labour-fee";
            case "otherFees" -> "other-fees";
            default -> null;
        };
        return input == null ? null : "repair-form:" + input;
    }

    /** Opens the dialog of one status move. */
    public void prepareMove(RepairStatus to) {
        move = to;
        resolution = null;
        customerConfirmed = false;
        moveTechnician = order.technician() == null ? null : order.technician().code();
    }

    /** Moves the repair on; a refusal stays in the dialog. */
    public void confirmMove() {
        if (move == null || order == null) {
            return;
        }
        try {
            String technician = move == RepairStatus.REPAIRED ? moveTechnician : null;
            show(desk.advance(order.id(), move, resolution, move == RepairStatus.CLOSED ? customerConfirmed : null, technician));
            RepairPages.done("repair.moved", order.ticketNo(), RepairPages.text("repair.status." + move.name()));
        } catch (RuleViolation refused) {
            FacesMessages.refused(MOVE_MESSAGES, refused);
            FacesMessages.keepDialogOpen();
        }
    }

    public PriceLine partRange(PartLine line) {
        if (line.getPartCode() == null) {
            return null;
        }
        return partOptions.stream().filter(option -> option.code().equals(line.getPartCode())).findFirst().orElse(null);
    }

    /** Charged above HQ's range: a warning only, the domain flags the order and HQ sees it. */
    public boolean partAbove(PartLine line) {
        PriceLine range = partRange(line);
        return range != null && line.getUnitPrice() != null && range.compare(line.getUnitPrice()) > 0;
    }

    public PriceLine getLabourRange() {
        if (priceList == null || form.getCategory() == null || form.getServiceType() == null) {
            return null;
        }
        return priceList.line(PriceLineKind.LABOUR, form.getCategory(), form.getServiceType().name()).orElse(null);
    }

    public boolean isLabourAbove() {
        PriceLine range = getLabourRange();
        BigDecimal fee = form.getLabourFee();
        return range != null && fee != null && range.compare(fee) > 0;
    }

    public boolean isReadOnly() {
        return order != null && !order.status().open();
    }

    public boolean isLoaded() {
        return loaded;
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

    public RepairForm getForm() {
        return form;
    }

    public List<Technician> getStaff() {
        return staff;
    }

    public PriceList getPriceList() {
        return priceList;
    }

    public List<PriceLine> getPartOptions() {
        return partOptions;
    }

    public List<RepairStatus> getMoves() {
        return moves;
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public com.servicenet.catalog.ProductCategory[] getCategories() {
        return com.servicenet.catalog.ProductCategory.values();
    }

    public WarrantyDecision[] getWarrantyDecisions() {
        return WarrantyDecision.values();
    }

    public RepairStatus getMove() {
        return move;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getMoveTechnician() {
        return moveTechnician;
    }

    public void setMoveTechnician(String moveTechnician) {
        this.moveTechnician = moveTechnician;
    }

    public boolean isCustomerConfirmed() {
        return customerConfirmed;
    }

    public void setCustomerConfirmed(boolean customerConfirmed) {
        this.customerConfirmed = customerConfirmed;
    }
}
