package org.warledger.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;
import org.warledger.testing.Tokens;

/**
 * The analyst web app in a real headless Chromium, served by the gateway in front of the three real services loaded
 * with the sample data. Every page must load without a console error; the last test stops a service.
 */
@QuarkusTest
@TestProfile(WebAppTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppTest {

    /** Services of their own: other tests against the real services add records and stop services. */
    public static class Profile extends RealServices.Profile {
    }

    private static Browser browser;

    @TestHTTPResource("/")
    URL app;

    @BeforeEach
    void openBrowser() {
        Assumptions.assumeTrue(Browser.available(), "no /usr/bin/chromium and /usr/bin/chromedriver");
        if (browser == null) {
            SampleData.load();
            browser = new Browser(app.toString().replaceAll("/$", ""));
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private static void noConsoleErrors() {
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    @Order(1)
    void theComparePageShowsTheFourClaimantsOfRussianLossesAndWhereTheyContradict() {
        browser.open("/", "results").screenshot("compare");
        assertEquals(4, browser.all(".claim-row").size(), browser.text("#results"));
        String results = browser.text("#results");
        assertTrue(results.contains("more than 555,620"), results);
        assertTrue(results.contains("about 500,000"), results);
        assertTrue(results.contains("no upper bound (open above)"), results);
        assertTrue(
                browser.text("#verdict")
                        .startsWith("No figure satisfies all four claims; US and UK intelligence vs "
                                + "General Staff of the Armed Forces of Ukraine: 5,621 apart"),
                browser.text("#verdict"));
        assertEquals(1, browser.all(".interval.approx").size());
        assertEquals(3, browser.all(".interval.open").size());
        noConsoleErrors();
        browser.resize(390, 844);
        browser.screenshot("compare-phone");
        browser.resize(1280, 1000);
    }

    @Test
    @Order(2)
    void aFigureLinksToItsRecordWithItsSourceAndQuote() {
        browser.open("/", "results");
        browser.find(".claim-row .wording a").click();
        browser.awaitAddress("/claim.html?id=").awaitRegion("main");
        String page = browser.text("main");
        assertTrue(page.contains("Sources"), page);
        assertTrue(page.contains("“"), page);
        noConsoleErrors();
        browser.screenshot("claim");
    }

    @Test
    @Order(3)
    void changingTheScopeUpdatesTheAddressAndTheComparison() {
        browser.open("/", "results");
        new Select(browser.find("select[name=scope]")).selectByValue("INTERVAL");
        browser.awaitAddress("scope=INTERVAL").awaitRegion("results");
        assertEquals(1, browser.all(".claim-row").size(), browser.text("#results"));
        assertTrue(browser.text("#results").contains("1,610"), browser.text("#results"));
        noConsoleErrors();
    }

    @Test
    @Order(4)
    void theAidPageCountsTheFortyBillionEuroPledgeAndKeepsTheContractOut() {
        browser.open("/aid.html", "results").screenshot("aid");
        String counted = browser.text("#counted");
        assertTrue(counted.contains("at least €40,000,000,000"), counted);
        assertTrue(browser.text("#totals").contains("NATO"), browser.text("#totals"));
        String keptOut = browser.text("#kept-out");
        assertTrue(keptOut.contains("contract: never added to pledges"), keptOut);
        assertTrue(browser.await(".chart canvas").isDisplayed());
        noConsoleErrors();
        browser.find("#counted a").click();
        browser.awaitAddress("/pledge.html?id=").awaitRegion("main");
        assertTrue(browser.text("main").contains("Status history"), browser.text("main"));
        noConsoleErrors();
        browser.screenshot("pledge");
    }

    @Test
    @Order(5)
    void switchingTheAidTotalsToDollarsUpdatesTheAddressAndTheTable() {
        browser.open("/aid.html", "results");
        new Select(browser.find("select[name=currency]")).selectByValue("USD");
        browser.awaitAddress("currency=USD").awaitRegion("results");
        assertTrue(browser.text("#totals").contains("US$") || browser.text("#totals").contains("$"),
                browser.text("#totals"));
        assertTrue(browser.text("#counted").contains("In USD"), browser.text("#counted"));
        noConsoleErrors();
    }

    @Test
    @Order(6)
    void theTimelineListsTheRecordsNewestFirstAndFiltersByKind() {
        browser.open("/timeline.html", "results").screenshot("timeline");
        List<String> kinds = browser.all("#entries li").stream().map(e -> e.getAttribute("data-kind")).toList();
        assertTrue(kinds.containsAll(List.of("event", "claim", "pledge")), kinds.toString());
        assertEquals(8 + 8 + 7, kinds.size());
        noConsoleErrors();
        new Select(browser.find("select[name=kind]")).selectByValue("event");
        browser.awaitAddress("kind=event").awaitRegion("results");
        assertEquals(8, browser.all("#entries li[data-kind=event]").size());
        assertEquals(8, browser.all("#entries li").size());
        noConsoleErrors();
    }

    @Test
    @Order(7)
    void theSeriesPageChartsEachClaimantsFiguresAndListsThemWithTheirSources() {
        browser.open("/series.html", "results").screenshot("series");
        assertTrue(browser.await("#chart canvas").isDisplayed(), browser.text("#results"));
        String points = browser.text("#points");
        assertTrue(points.contains("more than 555,620"), points);
        assertTrue(points.contains("Heavy Losses in Ukraine War"), points);
        noConsoleErrors();
        browser.screenshot("series");
    }

    @Test
    @Order(8)
    void theReviewPageAcceptsACandidateWithAnEditorTokenAndShowsTheNewClaim() {
        browser.open("/review.html", "main");
        assertTrue(browser.text("main").contains("Heavy Losses in Ukraine War"), browser.text("main"));
        browser.driver().findElement(org.openqa.selenium.By.partialLinkText("Heavy Losses in Ukraine War")).click();
        browser.awaitAddress("article=").awaitRegion("main");
        assertTrue(browser.all("mark.span").size() >= 8, "candidate spans highlighted");
        // three claims in two sentences: Stoltenberg's and the US and UK's share one
        assertEquals(2, browser.all("mark.span[data-kind=CASUALTY_CLAIM]").size());
        assertEquals(3,
                browser.all("ol.candidates button").stream().filter(b -> b.getText().startsWith("Casualty")).count());
        browser.all("ol.candidates button").stream()
                .filter(b -> b.getText().contains("Ukrainian General Staff: 555,620")).findFirst().orElseThrow()
                .click();
        String detail = browser.text("#candidate");
        assertTrue(detail.contains("figure.value") && detail.contains("555,620") && detail.contains("over"), detail);
        browser.find("#token").sendKeys(Tokens.editor() + "\n");
        browser.find("#accept").click();
        org.openqa.selenium.WebElement created = browser.await("#candidate .created a");
        assertTrue(browser.text("#candidate").contains("Recorded as casualty claim"), browser.text("#candidate"));
        assertTrue(browser.driver().manage().getCookies().isEmpty(), "the token is in no cookie");
        assertTrue(!browser.driver().getCurrentUrl().contains("ey"), "the token is in no URL");
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("review");
        noConsoleErrors();
        created.click();
        browser.awaitRegion("main");
        String claim = browser.text("main");
        assertTrue(claim.contains("Ukrainian General Staff") && claim.contains("over 555,620"), claim);
        assertTrue(claim.contains("According to the Ukrainian General Staff, Russian military casualties"), claim);
        noConsoleErrors();
    }

    @Test
    @Order(9)
    void withTheAidServiceStoppedTheTimelineShowsTheRestAndSaysWhatIsMissing() {
        RealServices.stopService("aid-service");
        browser.open("/timeline.html", "results");
        String notice = browser.text(".notice.partial");
        assertTrue(notice.contains("aid records missing: aid-service did not answer"), notice);
        // 8 events and 9 claims: the sample's 8 and the one accepted on the review page
        assertEquals(17, browser.all("#entries li").size());
        browser.screenshot("timeline-partial");
    }
}
