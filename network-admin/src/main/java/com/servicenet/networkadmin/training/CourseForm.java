package com.servicenet.networkadmin.training;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.control.CourseDraft;
import com.servicenet.training.entity.Course;
import com.servicenet.training.entity.CourseKind;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** A course as typed into the catalogue's dialog. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private CourseKind kind = CourseKind.PRODUCT;
    private String nameEn;
    private String nameZhCn;
    private String nameZhTw;
    private String description;
    private Integer validityMonths = 24;
    private Integer passMark = 70;
    private ProductCategory[] categories = {};

    static CourseForm of(Course course) {
        CourseForm form = new CourseForm();
        form.code = course.code();
        form.kind = course.kind();
        form.nameEn = course.name().english();
        form.nameZhCn = course.name().simplified();
        form.nameZhTw = course.name().traditional();
        form.description = course.description();
        form.validityMonths = course.validityMonths();
        form.passMark = course.passMark();
        form.categories = course.categories().toArray(ProductCategory[]::new);
        return form;
    }

    CourseDraft draft() {
        return new CourseDraft(code, kind, nameEn, nameZhCn, nameZhTw, description,
                validityMonths == null ? 0 : validityMonths, passMark == null ? -1 : passMark,
                categories == null || categories.length == 0 ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(List.of(categories)));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public ProductCategory[] getCategories() {
        return categories;
    }

    public void setCategories(ProductCategory[] categories) {
        this.categories = categories;
    }
}
