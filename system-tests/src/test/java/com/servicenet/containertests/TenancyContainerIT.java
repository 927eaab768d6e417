package com.servicenet.containertests;

import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.control.OutletRegistration;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy inside the container, against the test platform's PostgreSQL: the real {@code @TenantBound} services,
 * {@code TenantSessionInterceptor}, the persistence unit and the data source of {@code platform-core}, packed as
 * the WARs pack them. What the black-box tests cannot see from outside is proved here: queries that name no
 * tenant at all, the shared cache, the interceptor's refusal, and what a pooled connection keeps afterwards.
 * <p>
 * Each caller acts in a request of its own ({@link Requests}); every "cannot see" is paired with a caller who
 * can, so that no assertion passes on an empty database. Demo data: outlets 1 to 30; outlet 1 holds SH-SH-PD.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyContainerIT {

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    @Inject
    Requests requests;

    @Inject
    OutletDirectory outlets;

    @Inject
    NetworkAdministration administration;

    @Inject
    TenantBoundProbe bound;

    @Inject
    UnboundProbe unbound;

    /** platform-core as the WARs have it (persistence unit, beans.xml), the driver, these probes; the pool is the server's (arquillian.xml). */
    @Deployment
    static WebArchive tenancyProbes() {
        if (System.getenv("SERVICENET_DB_URL") == null) {
            throw new IllegalStateException("TenancyContainerIT needs SERVICENET_DB_URL, SERVICENET_DB_USER and "
                    + "SERVICENET_DB_PASSWORD in its environment, for the Payara Micro it starts (./servicenet test exports them)");
        }
        return ShrinkWrap.create(WebArchive.class, "tenancy-it.war")
                .addPackage(TenancyContainerIT.class.getPackage())
                .addAsLibrary(libraryOf(CurrentTenant.class, "platform-core.jar"))
                .addAsLibrary(libraryOf(org.postgresql.Driver.class, "postgresql.jar"))
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    @Test
    void theDataSourceConnectsAsTheApplicationRoleFromTheInheritedEnvironment() {
        String url = System.getenv("SERVICENET_DB_URL");
        assertNotNull(url, "Payara Micro inherits the test JVM's environment");

        Sql.Connected connected = unbound.connected();

        assertEquals(url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", ""), connected.database());
        assertEquals(System.getenv("SERVICENET_DB_USER"), connected.user());
        assertFalse(connected.superuser(), "a superuser would pass every row-level security policy");
        assertFalse(connected.bypassesRowSecurity());
        assertEquals(0, connected.ownedRelations(), "an owner could switch row-level security off");
    }

    @Test
    void anOutletSeesOnlyItsOwnRowsThroughQueriesThatNameNoTenant() {
        record View(List<Long> jpql, List<Long> nativeSql, List<Long> holders, Optional<Outlet> itself,
                    Optional<Outlet> outlet2, List<TrackingEntry> ownRecord) {
        }
        View outlet1 = requests.asOutlet(1, () -> new View(bound.outletIdsByJpql(), bound.outletIdsByNativeSql(),
                bound.appointmentHoldersByNativeSql(), outlets.find(1), outlets.find(2), outlets.trackingRecord(1)));
        View hq = requests.asHeadquarters(() -> new View(bound.outletIdsByJpql(), bound.outletIdsByNativeSql(),
                bound.appointmentHoldersByNativeSql(), outlets.find(1), outlets.find(2), outlets.trackingRecord(1)));

        assertEquals(List.of(1L), outlet1.jpql());
        assertEquals(List.of(1L), outlet1.nativeSql());
        assertFalse(outlet1.holders().isEmpty(), "outlet 1 holds SH-SH-PD");
        assertTrue(outlet1.holders().stream().allMatch(id -> id == 1L), "appointments of other outlets: " + outlet1.holders());
        assertTrue(outlet1.itself().isPresent());
        assertTrue(outlet1.outlet2().isEmpty(), "outlet 2 is another tenant's");
        assertTrue(outlet1.ownRecord().isEmpty(), "the tracking record is HQ's, not the outlet's");

        assertTrue(hq.outlet2().isPresent(), "outlet 2 exists");
        assertTrue(hq.holders().stream().anyMatch(id -> id != 1L), "other outlets hold regions too");
        assertFalse(hq.ownRecord().isEmpty(), "outlet 1 has a tracking record");
    }

    @Test
    void headquartersSeesTheWholeNetworkAndACallerWithoutATenantNothing() {
        List<Long> demoOutlets = LongStream.rangeClosed(1, 30).boxed().toList();
        record View(List<Long> jpql, List<Long> nativeSql, List<Long> holders, long listed) {
        }
        View hq = requests.asHeadquarters(() -> new View(bound.outletIdsByJpql(), bound.outletIdsByNativeSql(),
                bound.appointmentHoldersByNativeSql(), outlets.count(OutletFilter.NONE)));
        View nobody = requests.asNobody(() -> new View(bound.outletIdsByJpql(), bound.outletIdsByNativeSql(),
                bound.appointmentHoldersByNativeSql(), outlets.count(OutletFilter.NONE)));

        assertTrue(hq.jpql().containsAll(demoOutlets), "HQ sees every demo outlet: " + hq.jpql());
        assertEquals(hq.jpql(), hq.nativeSql());
        assertEquals(hq.jpql().size(), hq.listed());
        assertFalse(hq.holders().isEmpty());

        assertEquals(List.of(), nobody.jpql());
        assertEquals(List.of(), nobody.nativeSql());
        assertEquals(List.of(), nobody.holders());
        assertEquals(0, nobody.listed());
    }

    /**
     * Reading alone would not fill EclipseLink's shared cache even if it were on: the interceptor's
     * {@code set_config} begins the database transaction early, and EclipseLink keeps what it reads after that
     * out of the shared cache (its default isolation, ISOLATE_NEW_DATA_AFTER_TRANSACTION). A commit does fill
     * it; the next test is the one that fails when the shared cache is switched on.
     */
    @Test
    void anOutletCannotFindAnOutletThatHeadquartersHasJustLoaded() {
        Optional<Outlet> loadedByHq = requests.asHeadquarters(() -> outlets.find(2));
        assertTrue(loadedByHq.isPresent());
        assertEquals("SH-XH-01", loadedByHq.get().code());
        assertFalse(unbound.sharedCacheHolds(2), "the persistence unit keeps no shared cache of outlets");

        assertTrue(requests.asOutlet(1, () -> outlets.find(2)).isEmpty(), "em.find answered past row-level security");
        assertTrue(requests.asOutlet(1, () -> outlets.findByCode("SH-XH-01")).isEmpty());
    }

    /** Checked by switching the shared cache on: then outlet 1's em.find returns the new outlet from the cache. */
    @Test
    void anOutletCannotFindAnOutletThatHeadquartersHasJustWritten() {
        String code = "ARQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long written = requests.asHeadquarters(() -> administration.register(new OutletRegistration(code, "测试网点 " + code,
                null, null, null, Set.of(), null, "021-0000 0000", null, null)).id());
        assertTrue(requests.asHeadquarters(() -> outlets.find(written)).isPresent());
        assertFalse(unbound.sharedCacheHolds(written), "the persistence unit keeps no shared cache of outlets");

        assertTrue(requests.asOutlet(1, () -> outlets.find(written)).isEmpty(), "em.find answered past row-level security");
    }

    @Test
    void aTenantBoundMethodRefusesToRunWithoutATransaction() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> requests.asOutlet(1, bound::outletIdsWithoutTransaction));

        assertTrue(refused.getMessage().contains("needs an active transaction"), refused.getMessage());
        assertEquals(0, bound.unprotectedRuns(), "the method body ran without a tenant on its connection");
        assertEquals(List.of(1L), requests.asOutlet(1, bound::outletIdsByNativeSql), "the same probe in a transaction");
    }

    @Test
    void theTenantSettingEndsWithItsTransactionOnThePooledConnection() {
        Sql.Session during = requests.asOutlet(1, bound::session);
        assertEquals("1", during.outletSetting());
        assertEquals("off", during.hqSetting());

        // later transactions without the interceptor, until one gets the same physical connection back from the pool
        Sql.Session after = null;
        for (int attempt = 0; attempt < 20 && (after == null || after.backendPid() != during.backendPid()); attempt++) {
            after = unbound.session();
            assertTrue(after.outletSetting() == null || after.outletSetting().isEmpty(),
                    "a connection still carries outlet " + after.outletSetting());
            assertNotEquals("on", after.hqSetting());
        }
        assertEquals(during.backendPid(), after.backendPid(), "no later transaction got the same pooled connection");
        assertEquals(List.of(), unbound.outletIdsByNativeSql(), "a connection without a tenant shows no outlet");
    }

    /** The jar (or, in a reactor build, the classes directory) a class was loaded from, as a library of the WAR. */
    private static Archive<?> libraryOf(Class<?> member, String name) {
        File location;
        try {
            location = new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return location.isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class)
                : ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }
}
