package com.servicenet.api.quality;

import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.Severity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the quality API. Records declare their canonical constructor (see Inputs). */
public final class QualityCommands {

    private QualityCommands() {
    }

    @Schema(name = "HotlineComplaint", example = "{\"outletId\": 1, \"ticketNo\": \"T-1001\", \"category\": \"OVERCHARGING\", "
            + "\"severity\": \"HIGH\", \"description\": \"Charged 380 for a capacitor\", \"customerName\": \"王芳\", \"customerPhone\": \"13800000001\"}")
    public record HotlineComplaint(@NotNull Long outletId, @Size(max = 80) String ticketNo, @NotNull ComplaintCategory category,
                                   Severity severity, @NotNull @Size(max = 2000) String description,
                                   @Size(max = 100) String customerName, @NotNull @Size(max = 40) String customerPhone) {
        public HotlineComplaint {
        }
    }

    @Schema(name = "PublicComplaintForm", example = "{\"outletCode\": \"3f2a9c1e0b7d4e5f8a6b1c2d3e4f5a6b\", \"category\": \"DELAY\", "
            + "\"description\": \"Waited two weeks for a part\", \"customerName\": \"李雷\", \"customerPhone\": \"13900000002\"}")
    public record PublicComplaintForm(@NotNull @Size(max = 64) String outletCode, @NotNull ComplaintCategory category,
                                      @NotNull @Size(max = 2000) String description, @Size(max = 100) String customerName,
                                      @NotNull @Size(max = 40) String customerPhone) {
        public PublicComplaintForm {
        }
    }

    @Schema(name = "ComplaintText", example = "{\"text\": \"Please explain the charge for labour on ticket T-1001.\"}")
    public record Text(@NotNull @Size(max = 2000) String text) {
        public Text {
        }
    }

    @Schema(name = "CallbackAnswer", example = "{\"reached\": true, \"satisfaction\": 2, \"fixed\": true, \"chargedAsReceipt\": true, "
            + "\"comment\": \"Technician was late twice\"}")
    public record CallbackAnswer(@NotNull Boolean reached, Integer satisfaction, Boolean fixed, Boolean chargedAsReceipt,
                                 @Size(max = 2000) String comment) {
        public CallbackAnswer {
        }
    }
}
