package com.servicenet.api.network;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.control.OutletRegistration;
import com.servicenet.network.entity.OutletStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** Request bodies of HQ's network operations. Shape is checked here; business rules in the domain. */
public final class OutletCommands {

    private OutletCommands() {
    }

    @Schema(description = "An outlet to register as a candidate, without regions or accounts yet", example = """
            {"code": "SH-0042", "legalName": "上海浦东家电维修服务有限公司", "businessLicenceNo": "91310115MA1K4XXXX1",
             "address": "上海市浦东新区张杨路 500 号", "qualifications": "Refrigeration technician certificates (2)",
             "productCategories": ["AIR_CONDITIONER", "REFRIGERATOR"], "contactName": "李娜",
             "contactPhone": "021-5888 0000", "contactEmail": "service@pudong-repair.example",
             "openingHours": "Mon–Sat 09:00–18:00"}""")
    public record Register(@NotBlank @Size(max = 32) String code,
                           @NotBlank @Size(max = 200) String legalName,
                           @Size(max = 64) String businessLicenceNo,
                           @Size(max = 300) String address,
                           @Size(max = 2000) String qualifications,
                           Set<ProductCategory> productCategories,
                           @Size(max = 100) String contactName,
                           @Size(max = 40) String contactPhone,
                           @Email @Size(max = 200) String contactEmail,
                           @Size(max = 200) String openingHours) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Register(String code, String legalName, String businessLicenceNo, String address, String qualifications, Set<ProductCategory> productCategories, String contactName, String contactPhone, String contactEmail, String openingHours) {
            this.code = code;
            this.legalName = legalName;
            this.businessLicenceNo = businessLicenceNo;
            this.address = address;
            this.qualifications = qualifications;
            this.productCategories = productCategories;
            this.contactName = contactName;
            this.contactPhone = contactPhone;
            this.contactEmail = contactEmail;
            this.openingHours = openingHours;
        }


        OutletRegistration registration() {
            return new OutletRegistration(code, legalName, businessLicenceNo, address, qualifications,
                    productCategories == null ? Set.of() : productCategories, contactName, contactPhone, contactEmail, openingHours);
        }
    }

    @Schema(example = """
            {"regionCode": "EAST"}""")
    public record Appoint(@NotBlank @Size(max = 32) String regionCode) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Appoint(String regionCode) {
            this.regionCode = regionCode;
        }

    }

    @Schema(example = """
            {"status": "PROBATION", "reason": "Passed the entry audit"}""")
    public record ChangeStatus(@NotNull OutletStatus status, @Size(max = 500) String reason) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public ChangeStatus(OutletStatus status, String reason) {
            this.status = status;
            this.reason = reason;
        }

    }

    @Schema(example = """
            {"successorId": 57, "reason": "Contract terminated; customers go to the successor"}""")
    public record Replace(@NotNull @Positive Long successorId, @NotBlank @Size(max = 500) String reason) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Replace(Long successorId, String reason) {
            this.successorId = successorId;
            this.reason = reason;
        }

    }

    @Schema(example = """
            {"managerUsername": "sh0042.manager", "managerEmail": "manager@pudong-repair.example"}""")
    public record ProvisionIdentity(@NotBlank @Size(max = 50) String managerUsername,
                                    @Email @Size(max = 200) String managerEmail) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public ProvisionIdentity(String managerUsername, String managerEmail) {
            this.managerUsername = managerUsername;
            this.managerEmail = managerEmail;
        }

    }

    @Schema(example = """
            {"temporaryPassword": "q7R-2mXw-K9pa"}""")
    public record TemporaryPassword(String temporaryPassword) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public TemporaryPassword(String temporaryPassword) {
            this.temporaryPassword = temporaryPassword;
        }

    }
}
