package com.servicenet.networkadmin.training;

import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.entity.Outlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outlet inputs of the training screens: an autocomplete of "code name" labels, and outlet codes by id for lists. */
@ApplicationScoped
public class OutletPicker {

    @Inject
    OutletDirectory directory;

    /** Outlets whose code or name contains the text, the first 20 by code, as "code name". */
    public List<String> complete(String text) {
        return directory.page(new OutletFilter(text, null, null), "code", true, 0, 20).stream()
                .map(row -> row.code() + " " + row.legalName()).toList();
    }

    /** The outlet a label (or a bare code) names. */
    public Optional<Outlet> of(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return directory.findByCode(label.strip().split("\\s+", 2)[0]);
    }

    /** Outlet codes of the ids given (the few outlets of one list). */
    public Map<Long, String> codes(Collection<Long> outletIds) {
        Map<Long, String> codes = new HashMap<>();
        for (Long id : outletIds) {
            if (id != null && !codes.containsKey(id)) {
                codes.put(id, directory.find(id).map(Outlet::code).orElse(""));
            }
        }
        return codes;
    }
}
