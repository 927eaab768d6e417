package com.servicenet.training.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.entity.CourseKind;

import java.util.Set;

/** What HQ enters for a course. */
public record CourseDraft(String code, CourseKind kind, String nameEn, String nameZhCn, String nameZhTw, String description,
                          int validityMonths, int passMark, Set<ProductCategory> categories) {
}
