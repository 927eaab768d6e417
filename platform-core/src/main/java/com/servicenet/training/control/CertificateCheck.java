package com.servicenet.training.control;

import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.CertificateCode;
import com.servicenet.training.entity.CertificationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The public check of a certificate code (no login): through the database function {@code certificate_check},
 * the only path by which a caller without a tenant reads certificates. A code that is malformed, unknown or
 * forged gives the same empty answer, and a malformed one does not even reach the database.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CertificateCheck {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    public Optional<PublicCertificate> check(String code) {
        String normalized = CertificateCode.normalized(code);
        if (!CertificateCode.wellFormed(normalized)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT state, person_name, outlet_name, course_code, categories, issued_on, expires_on "
                        + "FROM certificate_check(?1, ?2)")
                .setParameter(1, normalized).setParameter(2, Certifications.today()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new PublicCertificate(CertificationState.valueOf((String) row[0]), (String) row[1], (String) row[2],
                (String) row[3], Certifications.categories((String) row[4]), Certifications.date(row[5]), Certifications.date(row[6])));
    }

}
