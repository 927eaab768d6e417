package com.servicenet.systemtests;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both web apps, logged into through the real Keycloak login form in headless Chromium. */
class WebLoginIT {

    @Test
    void hqLogsIntoNetworkAdminAndSeesTheirRoles() {
        try (Browser browser = Browser.english()) {
            browser.open("/network-admin/").logInAs("hq.admin");

            assertEquals("hq.admin", browser.text("home-caller"));
            assertEquals("HQ network admin", browser.text("home-roles"));
            assertEquals("HQ network administration", browser.text("app-title"));
        }
    }

    @Test
    void outletManagerLogsIntoTheOutletPortalAndSeesTheirOutlet() {
        try (Browser browser = Browser.english()) {
            browser.open("/tenant-web/").logInAs("manager.1");

            assertEquals("manager.1", browser.text("home-caller"));
            assertEquals("Outlet manager", browser.text("home-roles"));
            assertEquals("SH-PD-01", browser.text("home-outlet-code"));
            assertEquals("Active", browser.text("home-outlet-status"));
        }
    }

    @Test
    void outletUserIsForbiddenInNetworkAdmin() {
        try (Browser browser = Browser.english()) {
            browser.open("/network-admin/").logInAs("tech.1");

            assertEquals("Access denied", browser.text("error-title"));
            assertFalse(browser.driver().getPageSource().contains("home-roles"));
        }
    }

    @Test
    void headquartersIsForbiddenInTheOutletPortal() {
        try (Browser browser = Browser.english()) {
            browser.open("/tenant-web/").logInAs("hq.admin");

            assertEquals("Access denied", browser.text("error-title"));
        }
    }

    @Test
    void pagesFollowTheBrowsersLanguage() {
        try (Browser simplified = Browser.speaking("zh-CN")) {
            simplified.open("/tenant-web/").logInAs("tech.2");
            assertEquals("网点门户", simplified.text("app-title"));
            assertEquals("维修技师", simplified.text("home-roles"));
        }
        try (Browser traditional = Browser.speaking("zh-TW")) {
            traditional.open("/tenant-web/").logInAs("tech.2");
            assertEquals("網點入口", traditional.text("app-title"));
            assertEquals("維修技師", traditional.text("home-roles"));
        }
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        try (Browser browser = Browser.english()) {
            browser.open("/tenant-web/").logInAs("manager.2");
            assertEquals("SH-XH-01", browser.text("home-outlet-code"));

            browser.click("logout");
            // the logout goes through Keycloak's end-session endpoint and back to the portal, which asks for a login
            assertTrue(browser.showsKeycloakLogin(), browser.driver().getCurrentUrl());

            browser.open("/tenant-web/");
            assertTrue(browser.showsKeycloakLogin(), "no single sign-on left: " + browser.driver().getCurrentUrl());
        }
    }
}
