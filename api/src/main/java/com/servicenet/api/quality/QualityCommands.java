package com.servicenet.api.quality;

import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.Severity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the quality API. Each record declares its canonical constructor in full: a compact one carries
 * the components' constraints onto its parameters, where Payara's OpenAPI scanner fails on them (the whole document
 * then falls back to the unfiltered scan).
 */
public final class QualityCommands {

    private QualityCommands() {
    }

    @Schema(name = "HotlineComplaint", example = "{\"outletId\": 1, \"ticketNo\": \"T-1001\", \"category\": \"OVERCHARGING\", "
            + "\"severity\": \"HIGH\", \"description\": \"Charged 380 for a capacitor\", \"customerName\": \"王芳\", \"customerPhone\": \"13800000001\"}")
    public record HotlineComplaint(@NotNull Long outletId, @Size(max = 80) String ticketNo, @NotNull ComplaintCategory category,
                                   Severity severity, @NotNull @Size(max = 2000) String description,
                                   @Size(max = 100) String customerName, @NotNull @Size(max = 40) String customerPhone) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public HotlineComplaint(Long outletId, String ticketNo, ComplaintCategory category, Severity severity, String description,
                                String customerName, String customerPhone) {
            this.outletId = outletId;
            this.ticketNo = ticketNo;
            this.category = category;
            this.severity = severity;
            this.description = description;
            this.customerName = customerName;
            this.customerPhone = customerPhone;
        }
    }

    @Schema(name = "PublicComplaintForm", example = "{\"outletCode\": \"3f2a9c1e0b7d4e5f8a6b1c2d3e4f5a6b\", \"category\": \"DELAY\", "
            + "\"description\": \"Waited two weeks for a part\", \"customerName\": \"李雷\", \"customerPhone\": \"13900000002\"}")
    public record PublicComplaintForm(@NotNull @Size(max = 64) String outletCode, @NotNull ComplaintCategory category,
                                      @NotNull @Size(max = 2000) String description, @Size(max = 100) String customerName,
                                      @NotNull @Size(max = 40) String customerPhone) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public PublicComplaintForm(String outletCode, ComplaintCategory category, String description, String customerName,
                                   String customerPhone) {
            this.outletCode = outletCode;
            this.category = category;
            this.description = description;
            this.customerName = customerName;
            this.customerPhone = customerPhone;
        }
    }

    @Schema(name = "ComplaintText", example = "{\"text\": \"Please explain the charge for labour on ticket T-1001.\"}")
    public record Text(@NotNull @Size(max = 2000) String text) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Text(String text) {
            this.text = text;
        }
    }

    @Schema(name = "CallbackAnswer", example = "{\"reached\": true, \"satisfaction\": 2, \"fixed\": true, \"chargedAsReceipt\": true, "
            + "\"comment\": \"Technician was late twice\"}")
    public record CallbackAnswer(@NotNull Boolean reached, Integer satisfaction, Boolean fixed, Boolean chargedAsReceipt,
                                 @Size(max = 2000) String comment) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public CallbackAnswer(Boolean reached, Integer satisfaction, Boolean fixed, Boolean chargedAsReceipt, String comment) {
            this.reached = reached;
            this.satisfaction = satisfaction;
            this.fixed = fixed;
            this.chargedAsReceipt = chargedAsReceipt;
            this.comment = comment;
        }
    }
}
