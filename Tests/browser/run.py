#!/usr/bin/env python3
"""Browser tests of argmap's interactive map page, driven through headless Chromium (Debian's chromium,
chromium-driver and python3-selenium). Run from the repository root after `swift build`:

    /usr/bin/python3 Tests/browser/run.py

Each test prints `ok` or `FAIL`; the last line is `N passed, N failed`. Screenshots go to
.build/browser-artifacts/ (not committed).
"""
import json
import os
import subprocess
import sys
import tempfile
import traceback

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "browser", "fixtures")
ARTIFACTS = os.path.join(ROOT, ".build", "browser-artifacts")
WORK = tempfile.mkdtemp(prefix="argmap-browser-")


def argmap_binary():
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return os.path.join(out.stdout.strip(), "argmap")


ARGMAP = argmap_binary()


def argmap(*args):
    result = subprocess.run([ARGMAP, *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"argmap {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


def page_for(map_path, name, *extra):
    out = os.path.join(WORK, name + ".html")
    argmap(*extra, map_path, "--format", "html", "-o", out) if extra else argmap("render", map_path, "--format", "html", "-o", out)
    return "file://" + out


def new_driver(width=1366, height=768):
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def classes_of(driver, css_class):
    """Titles (from the page's own data) of the node elements that carry css_class."""
    return set(driver.execute_script(
        """const data = JSON.parse(document.getElementById('argmap-data').textContent);
           const title = new Map(data.nodes.map(n => [n.id, n.title]));
           return [...document.querySelectorAll('g.node.' + arguments[0])].map(g => title.get(g.id));""", css_class))


def node_element(driver, title):
    node_id = driver.execute_script(
        """const data = JSON.parse(document.getElementById('argmap-data').textContent);
           const n = data.nodes.find(n => n.title === arguments[0]); return n ? n.id : null;""", title)
    assert node_id, f"no node titled {title!r} in the page"
    return driver.find_element(By.ID, node_id)


def severe_console_messages(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


SUPPORT_GREEN = "rgb(26, 127, 55)"
ATTACK_RED = "rgb(207, 34, 46)"
MATCH_AMBER = "rgb(191, 135, 0)"


def outlines(driver):
    """Per node title: the computed stroke colour, stroke width (px) and dash pattern of the node's shape (the
    first polygon, ellipse or path inside its group, wherever Graphviz nests it), as the reader sees them."""
    return driver.execute_script(
        """const data = JSON.parse(document.getElementById('argmap-data').textContent);
           const out = {};
           for (const n of data.nodes) {
             const g = document.getElementById(n.id);
             const shape = g && g.querySelector('polygon, ellipse, path');
             if (!shape) continue;
             const cs = getComputedStyle(shape);
             out[n.title] = [cs.stroke, parseFloat(cs.strokeWidth), cs.strokeDasharray];
           }
           return out;""")


def outlined(driver, colour, min_width=3):
    """Titles of the nodes whose shape is stroked in `colour` at least `min_width` px wide."""
    return {t for t, (stroke, width, _) in outlines(driver).items() if stroke == colour and width >= min_width}


def screenshot(driver, name):
    os.makedirs(ARTIFACTS, exist_ok=True)
    driver.save_screenshot(os.path.join(ARTIFACTS, name + ".png"))


TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


@test
def loading_gives_no_console_errors(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    assert driver.find_element(By.CSS_SELECTOR, "#am-canvas > svg")
    errors = severe_console_messages(driver)
    assert not errors, f"console errors: {errors}"


@test
def clicking_a_node_highlights_exactly_its_direct_supporters_and_contradictors(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    node_element(driver, "Claim").click()
    assert classes_of(driver, "am-selected") == {"Claim"}
    assert classes_of(driver, "am-support") == {"Reason", "Argument"}, classes_of(driver, "am-support")
    assert classes_of(driver, "am-attack") == {"Objection", "Rival"}, classes_of(driver, "am-attack")
    assert driver.find_element(By.ID, "am-node-title").text == "[Claim]"
    assert "2 supporting, 2 contradicting" in driver.find_element(By.ID, "am-counts").text


@test
def the_transitive_toggle_follows_chains(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    driver.find_element(By.ID, "am-transitive").click()
    node_element(driver, "Claim").click()
    assert classes_of(driver, "am-support") == {"Reason", "Deeper reason", "Argument"}, classes_of(driver, "am-support")
    assert classes_of(driver, "am-attack") == {"Objection", "Rival", "Doubt"}, classes_of(driver, "am-attack")


@test
def escape_and_clicking_the_background_clear_the_selection(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    node_element(driver, "Claim").click()
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    assert classes_of(driver, "am-selected") == set()
    assert classes_of(driver, "am-support") == set()


@test
def keyboard_tab_and_enter_select_a_node(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    element = node_element(driver, "Reason")
    driver.execute_script("arguments[0].focus()", element)
    element.send_keys(Keys.ENTER)
    assert classes_of(driver, "am-selected") == {"Reason"}
    assert classes_of(driver, "am-support") == {"Deeper reason"}
    assert element.get_attribute("tabindex") == "0"


@test
def search_finds_a_node_by_words(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    box = driver.find_element(By.ID, "am-search")
    box.send_keys("BENEATH reason")
    assert classes_of(driver, "am-match") == {"Deeper reason"}
    results = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#am-results li")]
    assert results == ["Deeper reason"], results
    box.send_keys(Keys.ENTER)
    assert classes_of(driver, "am-selected") == {"Deeper reason"}


@test
def map_text_never_becomes_markup(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    assert driver.execute_script("return window.pwned === undefined")
    node_element(driver, "Evil").click()
    text = driver.find_element(By.ID, "am-node-text").text
    assert text == '<script>window.pwned = 1</script> & "quoted" text that must show as typed.', text
    assert driver.execute_script("return window.pwned === undefined")
    assert not severe_console_messages(driver)


@test
def zoom_buttons_change_the_view(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    view_box = "const v = document.querySelector('#am-canvas > svg').viewBox.baseVal; return [v.x, v.y, v.width, v.height]"
    before = driver.execute_script(view_box)
    assert before[2] > 0 and before[3] > 0, before
    driver.find_element(By.ID, "am-zoom-in").click()
    after = driver.execute_script(view_box)
    assert after[2] < before[2] and after[3] < before[3], (before, after)
    driver.find_element(By.ID, "am-zoom-fit").click()
    assert driver.execute_script(view_box) == before


@test
def the_stepper_advances_and_goes_back(driver):
    out = os.path.join(WORK, "stepper.html")
    argmap("reveal", os.path.join(FIXTURES, "highlight.argdown"), "--format", "html", "-o", out)
    driver.get("file://" + out)
    label = driver.find_element(By.ID, "am-step-label")
    assert label.text.startswith("Step 1 of "), label.text
    hidden_at_start = len(driver.find_elements(By.CSS_SELECTOR, "g.node.am-hidden"))
    assert hidden_at_start > 0
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    assert label.text.startswith("Step 2 of "), label.text
    assert len(driver.find_elements(By.CSS_SELECTOR, "g.node.am-hidden")) < hidden_at_start
    driver.find_element(By.ID, "am-prev").click()
    assert label.text.startswith("Step 1 of ")
    assert not severe_console_messages(driver)


@test
def the_essay_map_page_loads_and_is_screenshotted(driver):
    driver.get(page_for(os.path.join(ROOT, "graphs", "october-1917.argdown"), "october-1917"))
    assert not severe_console_messages(driver)
    count = driver.execute_script("return document.querySelectorAll('g.node').length")
    assert count >= 35, count
    os.makedirs(ARTIFACTS, exist_ok=True)
    driver.save_screenshot(os.path.join(ARTIFACTS, "october-1917.png"))
    # Readable on a 1366x768 screen: the big map starts zoomed so that claim titles are at least 9 px high,
    # with the main conclusion in view (fitting the whole map would make them about 2 px).
    title_px = driver.execute_script("""
        const title = JSON.parse(document.getElementById('argmap-data').textContent).nodes[0].title;
        const node = [...document.querySelectorAll('g.node')].find(g => g.textContent.includes(title));
        const text = node.querySelector('text');
        const r = text.getBoundingClientRect(), c = document.getElementById('am-canvas').getBoundingClientRect();
        const inside = r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom;
        return inside ? r.height : -1;""")
    assert title_px >= 9, f"main conclusion title is {title_px} px high (or out of view)"
    node_element(driver, driver.execute_script(
        "return JSON.parse(document.getElementById('argmap-data').textContent).nodes[0].title")).click()
    driver.save_screenshot(os.path.join(ARTIFACTS, "october-1917-selected.png"))


@test
def serve_binds_to_loopback_and_reloads_when_the_map_changes(driver):
    import re
    import shutil
    import time
    import urllib.request
    map_path = os.path.join(WORK, "served.argdown")
    shutil.copy(os.path.join(FIXTURES, "highlight.argdown"), map_path)
    server = subprocess.Popen([ARGMAP, "serve", map_path, "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        url = f"http://127.0.0.1:{match.group(1)}/"
        assert urllib.request.urlopen(url + "version").read() == b"1"
        try:
            urllib.request.urlopen(url + "etc/passwd")
            raise AssertionError("the server answered a path other than the map")
        except urllib.error.HTTPError as error:
            assert error.code == 404
        driver.get(url)
        assert driver.execute_script("return document.querySelectorAll('g.node').length") == 9
        with open(map_path, "a") as f:
            f.write("\n[Added later]: A claim added while the page was open.\n  + [Another]: Its reason.\n")
        deadline = time.time() + 15
        while time.time() < deadline:
            try:
                if driver.execute_script("return document.querySelectorAll('g.node').length") == 11:
                    break
            except Exception:
                pass  # the page is reloading
            time.sleep(0.3)
        assert driver.execute_script("return document.querySelectorAll('g.node').length") == 11
    finally:
        server.terminate()
        server.wait(timeout=10)


@test
def clicking_a_claim_visibly_outlines_supporters_green_and_attackers_red(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    assert outlined(driver, SUPPORT_GREEN) == set() and outlined(driver, ATTACK_RED) == set()
    node_element(driver, "Claim").click()
    screenshot(driver, "highlight-direct")
    green, red = outlined(driver, SUPPORT_GREEN), outlined(driver, ATTACK_RED)
    assert green == {"Reason", "Argument"}, f"green outlines: {green} ({outlines(driver)})"
    assert red == {"Objection", "Rival"}, f"red outlines: {red}"
    # Everything else keeps its thin outline; the claim itself is outlined in the selection colour.
    for title, (stroke, width, _) in outlines(driver).items():
        if title not in green | red | {"Claim"}:
            assert width < 3, (title, stroke, width)
    assert outlines(driver)["Claim"][1] >= 3


@test
def shift_click_and_the_toggle_outline_transitive_supporters_and_attackers(driver):
    from selenium.webdriver.common.action_chains import ActionChains
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    claim = node_element(driver, "Claim")
    ActionChains(driver).key_down(Keys.SHIFT).click(claim).key_up(Keys.SHIFT).perform()
    screenshot(driver, "highlight-transitive")
    assert outlined(driver, SUPPORT_GREEN) == {"Reason", "Deeper reason", "Argument"}, outlines(driver)
    assert outlined(driver, ATTACK_RED) == {"Objection", "Rival", "Doubt"}, outlines(driver)
    assert driver.find_element(By.ID, "am-transitive").is_selected() is False
    # A plain click is direct again; the toggle makes plain clicks transitive.
    node_element(driver, "Claim").click()
    assert outlined(driver, SUPPORT_GREEN) == {"Reason", "Argument"}
    driver.find_element(By.ID, "am-transitive").click()
    assert outlined(driver, SUPPORT_GREEN) == {"Reason", "Deeper reason", "Argument"}
    assert outlined(driver, ATTACK_RED) == {"Objection", "Rival", "Doubt"}


@test
def a_search_hit_is_marked_on_the_map(driver):
    driver.get(page_for(os.path.join(FIXTURES, "highlight.argdown"), "highlight"))
    driver.find_element(By.ID, "am-search").send_keys("beneath")
    screenshot(driver, "search-hit")
    marked = {t for t, (stroke, width, dash) in outlines(driver).items() if stroke == MATCH_AMBER and width >= 3 and dash != "none"}
    assert marked == {"Deeper reason"}, outlines(driver)
    driver.find_element(By.ID, "am-search").send_keys(Keys.ESCAPE)
    assert outlined(driver, MATCH_AMBER) == set()


def main():
    only = sys.argv[1:]
    passed = failed = 0
    driver = new_driver()
    try:
        for fn in TESTS:
            if only and fn.__name__ not in only:
                continue
            driver.get_log("browser")  # drop messages from the previous test
            try:
                fn(driver)
                passed += 1
                print(f"ok   {fn.__name__}")
            except Exception:
                failed += 1
                print(f"FAIL {fn.__name__}")
                traceback.print_exc()
    finally:
        driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
