package com.servicenet.api.training;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.control.CourseDraft;
import com.servicenet.training.control.SessionPlan;
import com.servicenet.training.control.SessionResult;
import com.servicenet.training.entity.CourseKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Request bodies of the training API. Shape is checked here; business rules in the domain. */
public final class TrainingCommands {

    private TrainingCommands() {
    }

    @Schema(example = """
            {"code": "AC-INV-2026", "kind": "PRODUCT", "nameEn": "Inverter air conditioners", "nameZhCn": "变频空调维修",
             "nameZhTw": "變頻空調維修", "description": "Diagnosing inverter boards and compressors",
             "validityMonths": 24, "passMark": 70, "categories": ["AIR_CONDITIONER"]}""")
    public record NewCourse(@NotBlank @Size(max = 32) String code,
                            @NotNull CourseKind kind,
                            @NotBlank @Size(max = 120) String nameEn,
                            @NotBlank @Size(max = 120) String nameZhCn,
                            @NotBlank @Size(max = 120) String nameZhTw,
                            @Size(max = 2000) String description,
                            @NotNull @Min(1) @Max(120) Integer validityMonths,
                            @NotNull @Min(0) @Max(100) Integer passMark,
                            @NotEmpty Set<ProductCategory> categories) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public NewCourse(String code, CourseKind kind, String nameEn, String nameZhCn, String nameZhTw, String description,
                         Integer validityMonths, Integer passMark, Set<ProductCategory> categories) {
            this.code = code;
            this.kind = kind;
            this.nameEn = nameEn;
            this.nameZhCn = nameZhCn;
            this.nameZhTw = nameZhTw;
            this.description = description;
            this.validityMonths = validityMonths;
            this.passMark = passMark;
            this.categories = categories;
        }

        CourseDraft draft() {
            return new CourseDraft(code, kind, nameEn, nameZhCn, nameZhTw, description, validityMonths, passMark, categories);
        }
    }

    @Schema(example = """
            {"courseId": 7, "startsAt": "2026-04-14T01:00:00Z", "endsAt": "2026-04-14T09:00:00Z",
             "place": "上海培训中心 3 楼", "trainer": "陈工", "capacity": 20}""")
    public record NewSession(@NotNull Long courseId,
                             @NotNull Instant startsAt,
                             @NotNull Instant endsAt,
                             @Size(max = 300) String place,
                             @Size(max = 500) String onlineUrl,
                             @NotBlank @Size(max = 100) String trainer,
                             @NotNull @Min(1) @Max(500) Integer capacity) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public NewSession(Long courseId, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                          String trainer, Integer capacity) {
            this.courseId = courseId;
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.place = place;
            this.onlineUrl = onlineUrl;
            this.trainer = trainer;
            this.capacity = capacity;
        }

        SessionPlan plan() {
            return new SessionPlan(courseId, startsAt, endsAt, place, onlineUrl, trainer, capacity);
        }
    }

    @Schema(example = """
            {"technicianId": 12}""")
    public record Enrol(@NotNull Long technicianId) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Enrol(Long technicianId) {
            this.technicianId = technicianId;
        }
    }

    @Schema(example = """
            {"enrolmentId": 31, "attended": true, "score": 85}""")
    public record Result(@NotNull Long enrolmentId, @NotNull Boolean attended, @Min(0) @Max(100) Integer score) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Result(Long enrolmentId, Boolean attended, Integer score) {
            this.enrolmentId = enrolmentId;
            this.attended = attended;
            this.score = score;
        }

        SessionResult result() {
            return new SessionResult(enrolmentId, attended, score);
        }
    }

    @Schema(example = """
            {"results": [{"enrolmentId": 31, "attended": true, "score": 85}, {"enrolmentId": 32, "attended": false}]}""")
    public record Results(@NotNull @Size(max = 500) List<@Valid @NotNull Result> results) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Results(List<Result> results) {
            this.results = results;
        }
    }

    @Schema(example = """
            {"reason": "Certificate obtained with another technician's exam paper"}""")
    public record Revoke(@NotBlank @Size(max = 500) String reason) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Revoke(String reason) {
            this.reason = reason;
        }
    }

    @Schema(example = """
            {"percent": 80}""")
    public record Threshold(@NotNull @Min(0) @Max(100) Integer percent) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Threshold(Integer percent) {
            this.percent = percent;
        }
    }

    @Schema(example = """
            {"outletId": 43, "code": "T07"}""")
    public record Transfer(@NotNull Long outletId, @NotBlank @Size(max = 32) String code) {
        /** Declared, so that the components' constraints stay off its parameters (see platform.Inputs). */
        public Transfer(Long outletId, String code) {
            this.outletId = outletId;
            this.code = code;
        }
    }
}
