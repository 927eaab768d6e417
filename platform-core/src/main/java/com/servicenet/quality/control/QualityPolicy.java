package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.entity.QualitySettings;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.rules.InvalidField;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * HQ's settings for quality: the one settings row, and the response promise per service type. A promise is never
 * overwritten: a change starts a new version from now on, so a past month's omission rate stays what it was.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class QualityPolicy {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    static QualitySettings settings(EntityManager em) {
        return em.find(QualitySettings.class, (short) 1);
    }

    public QualitySettings settings() {
        return settings(em);
    }

    public QualitySettings change(QualitySettings.Values values) {
        QualitySettings settings = settings(em);
        settings.change(values, tenant.callerName(), Moments.now());
        em.flush();
        return settings;
    }

    /** The promise in force now, in hours, per service type. */
    public Map<ServiceType, Integer> promises() {
        Map<ServiceType, Integer> promises = new EnumMap<>(ServiceType.class);
        List<?> rows = em.createNativeQuery("SELECT DISTINCT ON (service_type) service_type, hours FROM service_promise "
                + "WHERE valid_from <= now() ORDER BY service_type, valid_from DESC").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            promises.put(ServiceType.valueOf((String) r[0]), (int) Columns.number(r[1]));
        }
        return promises;
    }

    /** Requests received from now on are held to this promise. */
    public void promise(ServiceType type, int hours) {
        if (type == null) {
            throw new InvalidField("serviceType", "field.required", com.servicenet.rules.Term.of("field.serviceType"));
        }
        if (hours < 1 || hours > 720) {
            throw new InvalidField("hours", "quality.setting-range", 1, 720);
        }
        em.createNativeQuery("INSERT INTO service_promise (service_type, valid_from, hours, set_by) VALUES (?1, now(), ?2, ?3)")
                .setParameter(1, type.name()).setParameter(2, hours).setParameter(3, tenant.callerName())
                .executeUpdate();
    }
}
