package io.doran.chat.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.doran.chat.bootstrap.rest.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web client at {@code /} in real headless Chromium browsers against the started server: people sign in, create
 * rooms and chat with each other live; a browser that loses its network comes back by itself without missing a
 * message; a member without rights is offered no admin controls (nor ban and mute); it works on a phone-sized screen by keyboard
 * alone, and in Korean. Fields and buttons are found by their accessible names, as a screen reader finds them.
 * A failed test leaves each browser's screenshot, console and page under target/browser-failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.limits.messages-per-minute=10000", "chat.limits.request-burst=10000",
        "chat.limits.requests-per-second=10000",
        // Selenium looks for DevTools bindings of this Chromium's version, which the tests do not use.
        "logging.level.org.openqa.selenium.devtools=ERROR", "logging.level.org.openqa.selenium.chromium=ERROR"})
class WebClientBrowserTest {

    static final Dimension DESKTOP = new Dimension(1280, 860);
    static final Dimension PHONE = new Dimension(390, 844);
    /** A user learns of a room someone else added them to from the room list, read again every 15 s. */
    static final Duration ROOM_LIST_REFRESH = Duration.ofSeconds(40);

    @LocalServerPort
    int port;

    final String run = Long.toString(System.nanoTime(), 36);
    final List<Browser> browsers = new ArrayList<>();
    final List<TcpProxy> proxies = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> {
        if (context.getExecutionException().isPresent()) {
            browsers.forEach(browser -> browser.saveEvidence(context.getRequiredTestMethod().getName()));
        }
    };

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        proxies.forEach(TcpProxy::close);
    }

    @Test
    void two_people_chat_live_in_two_browsers() throws IOException {
        String bob = "bob-" + run;
        Browser alice = signedIn("alice", "alice-" + run, "Alice");
        Browser bobs = signedIn("bob", bob, "Bob");
        createRoom(alice, "Study group", bob);
        createRoom(alice, "Lunch", bob);
        openRoom(bobs, "Study group", ROOM_LIST_REFRESH);
        openRoom(alice, "Study group", Duration.ofSeconds(20));

        send(alice, "Hello Bob!");
        bobs.message("Hello Bob!");

        bobs.field("Message").sendKeys("Hi Alice");
        alice.await("Bob typing", browser -> browser.shows(".typing", "Bob is typing"));
        bobs.button("Send").click();
        alice.message("Hi Alice");
        alice.await("Bob no longer typing", browser -> browser.text(".typing").isEmpty());
        assertThat(alice.messageTexts()).containsExactly("Hello Bob!", "Hi Alice");
        assertThat(bobs.messageTexts()).containsExactly("Hello Bob!", "Hi Alice");

        bobs.clickIn("Hello Bob!", "button", "like");
        alice.await("Bob's like", browser -> "like (1)".equals(like(browser, "Hello Bob!", "title")));
        bobs.await("Bob's like pressed", browser -> "true".equals(like(browser, "Hello Bob!", "aria-pressed")));
        assertThat(like(alice, "Hello Bob!", "aria-pressed")).isEqualTo("false");

        alice.clickIn("Hello Bob!", "button", "Edit");
        WebElement edit = alice.field("Edit message");
        edit.clear();
        edit.sendKeys("Hello Bob, edited");
        alice.button("Save").click();
        bobs.await("the edit, marked", browser -> browser.messages("Hello Bob, edited").stream()
                .anyMatch(message -> message.getText().contains("(edited)")));
        assertThat(bobs.messages("Hello Bob!")).isEmpty();

        send(alice, "Oops");
        bobs.message("Oops");
        alice.clickIn("Oops", "button", "Delete");
        alice.button("Confirm delete").click();
        bobs.await("Oops deleted", browser -> browser.messages("Oops").isEmpty());
        alice.await("Oops deleted", browser -> browser.messages("Oops").isEmpty());

        alice.await("Bob's read marker", browser -> browser.shows("[role=log]", "Seen by Bob"));
        bobs.await("Alice's read marker", browser -> browser.shows("[role=log]", "Seen by Alice"));

        // A message in another room: it moves to the top of Bob's list with an unread count, which opening clears.
        openRoom(alice, "Lunch", Duration.ofSeconds(20));
        send(alice, "Noodles at noon?");
        bobs.await("Lunch unread", browser -> roomDescription(browser, "Lunch").contains("Noodles at noon?")
                && roomDescription(browser, "Lunch").contains("1 unread"));
        assertThat(roomNames(bobs)).containsExactly("Lunch", "Study group");
        bobs.button("Lunch").click();
        bobs.message("Noodles at noon?");
        bobs.await("Lunch read", browser -> !roomDescription(browser, "Lunch").contains("unread"));

        // Emoji and image messages.
        new Select(alice.field("Message type")).selectByValue("emoji");
        send(alice, "☕");
        new Select(alice.field("Message type")).selectByValue("image");
        send(alice, base() + "/no-such-picture.png");
        bobs.message("☕");
        WebElement picture = bobs.await("the picture", browser -> browser.driver()
                .findElements(By.cssSelector("[role=log] li img")).stream().findFirst().orElse(null));
        assertThat(picture.getAccessibleName()).isEqualTo("Image from Alice");
        assertThat(picture.getDomAttribute("src")).isEqualTo(base() + "/no-such-picture.png");

        String readmeScreenshot = System.getProperty("doran.screenshot");
        if (readmeScreenshot != null) {
            openRoom(bobs, "Study group", Duration.ofSeconds(20));
            openRoom(alice, "Study group", Duration.ofSeconds(20));
            send(bobs, "See you at 7!");
            alice.message("See you at 7!");
            bobs.field("Message").sendKeys("Bringing snacks");
            alice.await("Bob typing", browser -> browser.shows(".typing", "Bob is typing"));
            alice.screenshot(Path.of(readmeScreenshot));
        }
    }

    @Test
    void a_browser_that_loses_its_network_comes_back_by_itself_without_missing_a_message() {
        TcpProxy network = new TcpProxy(port);
        proxies.add(network);
        String bob = "bob-" + run;
        Browser alice = signedIn("alice", "alice-" + run, "Alice");
        createRoom(alice, "Offline", bob);
        Browser bobs = signedIn("bob", bob, "Bob", "http://localhost:" + network.port());
        openRoom(bobs, "Offline", Duration.ofSeconds(20));
        send(alice, "before");
        bobs.message("before");

        network.cut();
        bobs.await("reconnecting shown", browser -> browser.shows("[role=status]", "Reconnecting…"));
        send(alice, "one");
        send(alice, "two");
        alice.message("two");
        send(bobs, "written offline");
        bobs.await("the offline message waiting", browser -> browser.shows("[role=log]", "Sending…"));
        send(alice, "three");
        alice.message("three");

        network.restore();
        bobs.await("reconnected", browser -> browser.text("[role=status]").isEmpty());
        bobs.message("three");
        bobs.await("nothing left to send", browser -> !browser.shows("[role=log]", "Sending…"));
        alice.message("written offline");
        assertThat(bobs.messageTexts()).containsExactly("before", "one", "two", "three", "written offline");
        assertThat(alice.messageTexts()).containsExactly("before", "one", "two", "three", "written offline");

        send(bobs, "back online");
        alice.message("back online");
    }

    @Test
    void a_reply_quotes_its_parent_and_the_parent_shows_its_thread() {
        String bob = "bob-" + run;
        Browser alice = signedIn("alice", "alice-" + run, "Alice");
        Browser bobs = signedIn("bob", bob, "Bob");
        createRoom(alice, "Threads", bob);
        openRoom(bobs, "Threads", ROOM_LIST_REFRESH);
        send(alice, "Pizza or noodles?");
        bobs.message("Pizza or noodles?");

        bobs.clickIn("Pizza or noodles?", "button", "Reply");
        bobs.await("replying", browser -> browser.shows(".replying", "Replying to Alice"));
        send(bobs, "Noodles");

        WebElement reply = alice.message("Noodles");
        assertThat(reply.findElement(By.cssSelector(".reply-to")).getText()).contains("Pizza or noodles?");
        alice.await("the reply count", browser -> browser.findIn("Pizza or noodles?", "button", "1 reply").isPresent());
        alice.clickIn("Pizza or noodles?", "button", "1 reply");
        alice.await("the thread", browser -> browser.shows(".thread-replies", "Noodles"));

        bobs.clickIn("Noodles", "button", "Edit");
        WebElement edit = bobs.field("Edit message");
        edit.clear();
        edit.sendKeys("Noodles, please");
        bobs.button("Save").click();
        bobs.clickIn("Noodles, please", "button", "(edited)");
        bobs.await("the earlier version", browser -> browser.shows(".edit-history", "Noodles"));
    }

    @Test
    void a_member_reports_a_message_the_admin_reads_the_report_and_pins_show_live_in_the_pinned_panel() {
        String bob = "bob-" + run;
        Browser alice = signedIn("alice", "alice-" + run, "Alice");
        Browser bobs = signedIn("bob", bob, "Bob");
        createRoom(alice, "Market", bob + ", carol-" + run);
        send(alice, "Cheap watches here");
        send(alice, "Meeting at five");
        openRoom(bobs, "Market", ROOM_LIST_REFRESH);
        send(bobs, "Who sells watches?");
        bobs.message("Meeting at five");
        assertThat(bobs.findIn("Who sells watches?", "button", "Report")).as("nobody reports their own message").isEmpty();
        assertThat(bobs.find("button", "Reports")).as("members do not read reports").isEmpty();

        // A blank reason: the server's problem detail shows in the form, which stays open; then a reason, by keyboard.
        bobs.clickIn("Cheap watches here", "button", "Report");
        bobs.await("the reason field has the focus", browser -> "Reason".equals(browser.active().getAccessibleName()));
        keys(bobs, "   ", Keys.ENTER);
        bobs.await("the problem detail", browser -> browser.shows("form.report [role=alert]", "reason"));
        assertThat(bobs.active().getAccessibleName()).isEqualTo("Reason");
        keys(bobs, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "Spam for watches", Keys.ENTER);
        bobs.await("the confirmation", browser -> browser.shows("section.room [role=status]", "Report sent"));
        assertThat(bobs.find("input", "Reason")).isEmpty();

        alice.message("Who sells watches?");
        alice.button("Reports").click();
        alice.await("Bob's report", browser -> browser.shows(".room-panel", "Spam for watches"));
        assertThat(alice.text(".room-panel .reason")).isEqualTo("Spam for watches");
        assertThat(alice.text(".room-panel")).contains("reported by Bob", "Message of Alice:", "Cheap watches here");
        assertThat(alice.text("section.room")).as("no absent control written as text").doesNotContain("null");

        bobs.button("Pinned").click();
        bobs.await("no pins yet", browser -> browser.shows(".room-panel", "No pinned messages."));
        alice.clickIn("Meeting at five", "button", "Pin");
        bobs.await("the pin, live", browser -> browser.shows(".room-panel", "Meeting at five"));
        assertThat(bobs.text(".room-panel")).contains("pinned by Alice");
        bobs.named(bobs.driver().findElement(By.cssSelector(".room-panel")), "button", "Show message").click();
        bobs.await("the pinned message has the focus", browser -> browser.active().getText().contains("Meeting at five"));
        alice.clickIn("Meeting at five", "button", "Unpin");
        bobs.await("the unpin, live", browser -> browser.shows(".room-panel", "No pinned messages."));
    }

    @Test
    void a_member_without_rights_is_offered_no_admin_controls_until_promoted() {
        String bob = "bob-" + run;
        Browser alice = signedIn("alice", "alice-" + run, "Alice");
        createRoom(alice, "Team", bob + ", carol-" + run);
        send(alice, "Welcome, team");
        Browser bobs = signedIn("bob", bob, "Bob");
        openRoom(bobs, "Team", Duration.ofSeconds(20));
        send(bobs, "Thanks");
        bobs.message("Welcome, team");
        bobs.button("Leave room");

        assertThat(bobs.find("button", "Rename")).isEmpty();
        assertThat(bobs.find("button", "Delete room")).isEmpty();
        assertThat(bobs.find("input", "Add participant")).isEmpty();
        assertThat(controls(bobs, "select")).noneMatch(name -> name.startsWith("Role of"));
        assertThat(controls(bobs, "button")).noneMatch(name -> name.startsWith("Remove"));
        assertThat(controls(bobs, "button")).noneMatch(name -> name.startsWith("Ban") || name.startsWith("Mute"));
        assertThat(bobs.findIn("Welcome, team", "button", "Delete")).isEmpty();
        assertThat(bobs.findIn("Thanks", "button", "Delete")).isPresent();

        alice.message("Thanks");
        alice.button("Rename");
        alice.button("Delete room");
        alice.field("Add participant");
        assertThat(alice.findIn("Thanks", "button", "Delete")).isPresent();
        WebElement bobsRole = alice.await("Bob's role", browser -> browser.driver().findElements(By.cssSelector("select")).stream()
                .filter(select -> List.of("Role of Bob", "Role of " + bob).contains(select.getAccessibleName()))
                .findFirst().orElse(null));
        new Select(bobsRole).selectByValue("sub-admin");

        bobs.await("Bob may rename now", browser -> browser.find("button", "Rename").isPresent());
        bobs.field("Add participant");
        assertThat(bobs.find("button", "Delete room")).isEmpty();
        bobs.await("Bob may ban the member Carol now", browser -> controls(browser, "button").stream()
                .anyMatch(name -> name.startsWith("Ban carol-")));
        assertThat(controls(bobs, "button")).noneMatch(name -> name.startsWith("Ban Alice") || name.startsWith("Mute Alice"));
        bobs.named("button", "Ban carol-" + run).click();
        alice.await("Carol is gone from the members", browser -> controls(browser, "button").stream()
                .noneMatch(name -> name.contains("carol-" + run)) ? true : null);
    }

    @Test
    void works_on_a_phone_sized_screen_by_keyboard_alone() {
        Browser phone = browser("phone", "en-US", PHONE);
        phone.open(base());
        phone.await("the user id field has the focus", browser -> "User id".equals(browser.active().getAccessibleName()));
        keys(phone, "phone-" + run, Keys.TAB, "Pat", Keys.ENTER);
        phone.await("signed in", browser -> browser.shows("header.top", "phone-" + run));

        tabTo(phone, "New room");
        keys(phone, Keys.ENTER);
        phone.await("the room name field has the focus", browser -> "Room name".equals(browser.active().getAccessibleName()));
        keys(phone, "Pocket", Keys.TAB, "friend-" + run, Keys.ENTER);
        phone.await("the message box has the focus", browser -> "Message".equals(browser.active().getAccessibleName()));
        keys(phone, "typed on a phone", Keys.ENTER);
        phone.message("typed on a phone");
        assertThat(phone.find("button", "Pocket")).as("the room list gives way to the room").isEmpty();
        assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the screen").isTrue();

        tabTo(phone, "Back to rooms");
        keys(phone, Keys.ENTER);
        phone.await("the room list is back, its room focused", browser -> "Pocket".equals(browser.active().getAccessibleName()));
        keys(phone, Keys.ENTER);
        phone.await("the room again", browser -> browser.messages("typed on a phone").size() == 1);

        tabTo(phone, "Pinned");
        keys(phone, Keys.ENTER);
        phone.await("the Pinned panel's heading has the focus", browser -> "Pinned messages".equals(browser.active().getAccessibleName()));
        assertThat(phone.text(".room-panel")).contains("No pinned messages.");
        assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the panel no wider than the screen").isTrue();
        keys(phone, Keys.ESCAPE);
        phone.await("the panel closed, its button focused", browser -> "Pinned".equals(browser.active().getAccessibleName())
                && browser.find("h3", "Pinned messages").isEmpty());
    }

    @Test
    void a_korean_browser_gets_the_client_and_the_servers_errors_in_korean() {
        Browser korean = browser("korean", "ko", DESKTOP);
        korean.open(base());
        korean.field("사용자 ID").sendKeys("minji-" + run);
        korean.field("닉네임").sendKeys("민지");
        korean.button("로그인").click();
        korean.button("새 방").click();
        korean.field("방 이름").sendKeys("스터디");
        korean.field("참여자").sendKeys("jisoo-" + run);
        korean.button("만들기").click();
        korean.await("the room", browser -> browser.shows("#room-title", "스터디"));

        korean.field("메시지").sendKeys("가".repeat(1001));
        korean.button("보내기").click();
        korean.await("the WebSocket error in Korean", browser -> browser.shows("section.room [role=alert]", "메시지는 1000자 이하여야 합니다"));

        korean.field("참여자 추가").sendKeys("jisoo-" + run);
        korean.button("추가").click();
        korean.await("the REST error in Korean", browser -> browser.shows("#members [role=alert]", "이미 참여 중인 사용자입니다"));
    }

    @Test
    void a_token_signs_in_from_the_jwt_token_cookie_without_asking_or_pasted() {
        Api api = new Api(port);
        String dana = "dana-" + run;
        String token = api.devToken(dana, "Dana");
        Browser withCookie = browser("cookie", "en-US", DESKTOP);
        withCookie.open(base() + "/no-such-page");
        withCookie.driver().manage().addCookie(new Cookie("jwt_token", token, "/"));
        withCookie.open(base() + "/");
        withCookie.await("signed in by the cookie", browser -> browser.shows("header.top", "Signed in as " + dana));
        createRoom(withCookie, "Cookie jar", "erin-" + run);
        send(withCookie, "signed in by a cookie");
        withCookie.message("signed in by a cookie");

        Browser pasting = browser("pasted", "en-US", DESKTOP);
        pasting.open(base() + "/");
        pasting.await("the token form", browser -> browser.driver().findElements(By.cssSelector("summary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        pasting.field("Token").sendKeys(token);
        pasting.button("Use token").click();
        pasting.await("signed in by the pasted token", browser -> browser.shows("header.top", "Signed in as " + dana));
        openRoom(pasting, "Cookie jar", Duration.ofSeconds(20));
        pasting.message("signed in by a cookie");
    }

    // --- the steps of a user ---------------------------------------------------------------------

    String base() {
        return "http://localhost:" + port;
    }

    Browser browser(String name, String language, Dimension window) {
        Browser browser = Browser.start(name, language, window);
        browsers.add(browser);
        return browser;
    }

    Browser signedIn(String name, String userId, String nickname) {
        return signedIn(name, userId, nickname, base());
    }

    /** A browser signed in with the embedded default's dev token form. */
    Browser signedIn(String name, String userId, String nickname, String base) {
        Browser browser = browser(name, "en-US", DESKTOP);
        browser.open(base + "/");
        browser.field("User id").sendKeys(userId);
        browser.field("Nickname").sendKeys(nickname);
        browser.button("Sign in").click();
        browser.await("signed in", b -> b.shows("header.top", "Signed in as " + userId));
        return browser;
    }

    static void createRoom(Browser browser, String name, String participants) {
        browser.button("New room").click();
        browser.field("Room name").sendKeys(name);
        browser.field("Participants").sendKeys(participants);
        browser.button("Create").click();
        browser.await("the room " + name, b -> b.shows("#room-title", name));
    }

    static void openRoom(Browser browser, String name, Duration patience) {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), patience);
        wait.withMessage(() -> browser.name + ": the room " + name + " in the list")
                .until(driver -> browser.find("button", name).orElse(null)).click();
        browser.await("the room " + name, b -> b.shows("#room-title", name));
    }

    static void send(Browser browser, String text) {
        browser.field("Message").sendKeys(text);
        browser.button("Send").click();
    }

    /** An attribute of the "like" button of a message ("" while there is none). */
    static String like(Browser browser, String message, String attribute) {
        return browser.findIn(message, "button", "like").map(button -> button.getDomAttribute(attribute)).orElse("");
    }

    /** What a screen reader says after a room's name: its last message and unread count (aria-describedby). */
    static String roomDescription(Browser browser, String room) {
        return browser.find("button", room).map(button -> browser.driver()
                .findElement(By.id(button.getDomAttribute("aria-describedby"))).getDomProperty("textContent"))
                .orElse("");
    }

    static List<String> roomNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("nav button.room")).stream()
                .map(WebElement::getAccessibleName).toList();
    }

    static List<String> controls(Browser browser, String tag) {
        return browser.driver().findElements(By.cssSelector(tag)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getAccessibleName).toList();
    }

    static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused control is the one named name (keyboard only). */
    static void tabTo(Browser browser, String name) {
        for (int i = 0; i < 80; i++) {
            if (name.equals(browser.active().getAccessibleName())) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError(browser.name + ": Tab never reached \"" + name + "\"");
    }
}
