#!/usr/bin/env python3
"""The web office as people use it, in a real browser (Debian's chromium through Selenium).

Starts the built `nod serve` on a free loopback port with a fresh data folder, then: the first
administrator through the first-run form; an organisation and a co-op account for it, and a
second co-op elsewhere; the co-op signs in, sends the example bundle, waits for the report,
opens a citation in the evidence viewer, switches to Welsh, sends a hostile archive and reads
its refusal, sends the bundle again and compares the two reports, signs out; the other co-op
then tries to open the first one's report and is refused. axe-core checks every page for
serious or critical WCAG 2.2 AA violations. Screenshots at 1280 and 390 pixels go to
--screenshots (default: none).

Usage: Tests/Browser/office_walkthrough.py [--nod .build/debug/nod] [--screenshots DIR]
Prints one line per check and closes with 'N passed, N failed'.
"""
import argparse, io, os, re, shutil, signal, subprocess, sys, tempfile, time, zipfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def axe_source():
    """axe-core's script: the newest bundled by a PyPI package here (axe-playwright-python
    ships 4.12, which knows WCAG 2.2; axe-selenium-python's 3.x does not)."""
    import importlib.util
    for package in ("axe_playwright_python", "axe_selenium_python"):
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                for base, _, files in os.walk(folder):
                    if "axe.min.js" in files:
                        return open(os.path.join(base, "axe.min.js"), encoding="utf-8").read()
    raise SystemExit("axe-core not found: pip install axe-playwright-python --no-deps (or axe-selenium-python)")

AXE = axe_source()


def gone(element):
    """A wait condition: `element`'s page has been left. Chromium sometimes answers a question
    about an element of a page being replaced with an inspector error ("does not belong to the
    document") rather than a stale reference; both mean the same."""
    def left(_driver):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error) or "No node with given id" in str(error):
                return True
            raise
    return left


def wait_to_leave(driver, element, seconds=60):
    WebDriverWait(driver, seconds).until(gone(element))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def zip_folder(folder, destination, extra=None):
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as archive:
        for base, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(base, name)
                archive.write(path, os.path.relpath(path, os.path.dirname(folder)))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)


def start_server(nod, data):
    process = subprocess.Popen([nod, "serve", "--data", data, "--port", "0", "--jobs", "2", "--date", "2026-06-30", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise SystemExit(f"nod serve did not start: {line!r} {process.stderr.read()}")
    return process, f"http://127.0.0.1:{match.group(1)}"


def stop_server(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def new_driver():
    """Headless chromium through chromedriver, 1280 wide, in English."""
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-GB"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1280, 900)
    driver.set_script_timeout(60)
    # axe-core is injected as a script; the office's pages allow none, so the test lifts the
    # policy for its own browser only (the policy itself is checked by the Swift tests).
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
    return driver


class Walk:
    def __init__(self, driver, base, shots):
        self.driver, self.base, self.shots = driver, base, shots
        self.audited_pages = set()

    def go(self, path):
        self.driver.get(self.base + path)

    def page_checks(self, label):
        """axe on this page (once per page kind), and screenshots at two widths."""
        if label not in self.audited_pages:
            self.audited_pages.add(label)
            self.driver.execute_script(AXE)
            tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
            results = self.driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                ".then(function (r) { done(r.violations); }).catch(function (e) { done([{id: 'axe-error', help: String(e), impact: 'critical', nodes: []}]); });",
                tags)
            bad = [v for v in results if v.get("impact") in ("serious", "critical")]
            check(f"axe: no serious or critical violation on {label}", not bad,
                  "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])}: {[n.get('target') for n in v['nodes'][:6]]})" for v in bad))
        if self.shots:
            for width in (1280, 390):
                self.driver.set_window_size(width, 900)
                height = self.driver.execute_script("return document.documentElement.scrollHeight")
                self.driver.set_window_size(width, min(max(height, 600), 6000))
                self.driver.save_screenshot(os.path.join(self.shots, f"{label}-{width}.png"))
            self.driver.set_window_size(1280, 900)

    def fill(self, field_id, text):
        element = self.driver.find_element(By.ID, field_id)
        element.clear()
        element.send_keys(text)

    def submit(self, form_action_part):
        """Presses the form's button and waits for the next page (a click can return before
        the browser has left the page it was on)."""
        forms = [f for f in self.driver.find_elements(By.TAG_NAME, "form") if form_action_part in (f.get_attribute("action") or "")]
        button = forms[0].find_element(By.CSS_SELECTOR, "button[type=submit]")
        button.click()
        wait_to_leave(self.driver, button)

    def follow(self, selector):
        """Follows the first link matching `selector` and waits for the page it leads to."""
        link = self.driver.find_element(By.CSS_SELECTOR, selector)
        link.click()
        wait_to_leave(self.driver, link)

    def h1(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def sign_in(self, email, password):
        self.go("/sign-in")
        self.fill("email", email)
        self.fill("password", password)
        self.submit("/sign-in")

    def sign_out(self):
        self.submit("/sign-out")

    def upload(self, path, keep=True):
        self.driver.find_element(By.ID, "bundle").send_keys(path)
        box = self.driver.find_element(By.ID, "keep")
        if box.is_selected() != keep:
            box.click()
        self.submit("/submissions")

    def wait_until_done(self, seconds=60):
        end = time.time() + seconds
        while time.time() < end:
            tags = self.driver.find_elements(By.CSS_SELECTOR, "h1 .tag")
            if tags and tags[0].text and ("Audited" in tags[0].text or "Archwiliwyd" in tags[0].text or "read" in tags[0].text or "darllen" in tags[0].text):
                return tags[0].text
            time.sleep(0.5)
            self.driver.refresh()
        return None


def walkthrough_arguments():
    """--nod (the built binary) and --screenshots (made when given): every walkthrough's options."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--nod", default=os.path.join(ROOT, ".build/debug/nod"))
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    return args


def main():
    args = walkthrough_arguments()
    scratch = tempfile.mkdtemp(prefix="nod-browser-")
    good = os.path.join(scratch, "gofal-dyffryn.zip")
    zip_folder(os.path.join(ROOT, "Examples/gofal-dyffryn"), good)
    hostile = os.path.join(scratch, "hostile.zip")
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("manifest.yaml", "model: worker\n")
        archive.writestr("../../etc/evil<script>alert(1)</script>.md", "\x1b[31mred\x1b[0m")
    server, base = start_server(args.nod, os.path.join(scratch, "data"))
    driver = new_driver()
    walk = Walk(driver, base, args.screenshots)
    password = "a long enough passphrase"
    try:
        walk.go("/")
        check("first run: the page says how to create the administrator", "nod users add" in driver.page_source)
        walk.page_checks("first-run")
        walk.fill("email", "admin@example.coop")
        walk.fill("password", password)
        walk.submit("/setup")
        check("first run: the administrator is signed in", "admin@example.coop" in driver.page_source)

        walk.go("/admin")
        walk.page_checks("admin")
        walk.fill("org-name", "Gofal Cydweithredol Dyffryn Cyf.")
        walk.submit("/admin/organisations")
        first_org = driver.current_url
        walk.go("/admin")
        walk.fill("org-name", "Cwmni <script>alert(1)</script> Arall")
        walk.submit("/admin/organisations")
        check("a name with markup is shown as text", "<script>alert(1)</script>" in walk.h1() and not driver.find_elements(By.CSS_SELECTOR, "main script"))
        for email, organisation in (("secretary@gofal.coop", "Gofal Cydweithredol Dyffryn Cyf."), ("other@arall.coop", "Cwmni <script>alert(1)</script> Arall")):
            walk.go("/admin")
            walk.fill("acc-email", email)
            Select(driver.find_element(By.ID, "acc-role")).select_by_value("co-op")
            Select(driver.find_element(By.ID, "acc-org")).select_by_visible_text(organisation)
            walk.fill("acc-password", password)
            walk.submit("/admin/accounts")
            check(f"account added: {email}", email in driver.page_source)
        walk.sign_out()

        walk.sign_in("secretary@gofal.coop", "wrong password, surely")
        check("a wrong password is refused plainly", "not right" in driver.page_source)
        walk.page_checks("sign-in")
        walk.sign_in("secretary@gofal.coop", password)
        check("the co-op lands on its organisation", driver.current_url == first_org, driver.current_url)
        walk.page_checks("organisation-empty")
        walk.upload(good)
        state = walk.wait_until_done()
        check("the example bundle is audited", state == "Audited", str(state))
        report_url = driver.current_url
        check("the report is in the page", "Awarded" in driver.page_source and "104/104" in driver.page_source)
        walk.page_checks("report")
        citation = driver.find_elements(By.CSS_SELECTOR, "a.citation")
        check("the report has citations that link to the evidence", len(citation) > 10, str(len(citation)))
        walk.follow("a.citation")
        cited = driver.find_elements(By.CSS_SELECTOR, "tr.cited")
        check("a citation opens the viewer at the cited line", len(cited) == 1 and "/evidence/view" in driver.current_url)
        walk.page_checks("viewer")
        walk.go(report_url.replace(base, "") + "/evidence")
        check("the evidence list shows files with SHA-256", len(driver.find_elements(By.CSS_SELECTOR, "code.digest")) > 10)
        walk.page_checks("evidence")
        walk.go(report_url.replace(base, "") + "/checklist")
        walk.page_checks("checklist")

        walk.go(report_url.replace(base, ""))
        walk.follow("a.language")
        check("the page switches to Welsh", driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy"
              and "Dyfarnwyd" in driver.page_source)
        walk.page_checks("report-cy")
        walk.go(first_org.replace(base, ""))
        check("the choice of Welsh is remembered", "Anfon eich tystiolaeth" in driver.page_source)
        walk.upload(hostile)
        state = walk.wait_until_done()
        check("a hostile archive is refused in plain words", state is not None and "Methu" in state
              and "Ni allem ddarllen y bwndel hwn" in driver.page_source, str(state))
        check("the refusal names what went wrong", "..", driver.page_source)
        walk.page_checks("refusal-cy")
        walk.follow("a.language")

        walk.go(first_org.replace(base, ""))
        walk.upload(good, keep=False)
        check("a second audit", walk.wait_until_done() == "Audited")
        walk.go(first_org.replace(base, ""))
        check("the history has a chart", len(driver.find_elements(By.CSS_SELECTOR, "figure svg circle")) == 2)
        walk.page_checks("history")
        walk.submit("/diff")
        check("the two reports are compared", "Newly met" in driver.page_source and "Newly not met" in driver.page_source)
        walk.page_checks("diff")
        walk.go("/account")
        walk.page_checks("account")
        walk.sign_out()
        check("signed out", "/sign-in" in driver.current_url)

        walk.sign_in("other@arall.coop", password)
        walk.go(report_url.replace(base, ""))
        check("another co-op cannot open the report", "Page not found" in driver.page_source and "104/104" not in driver.page_source)
        walk.go(report_url.replace(base, "") + "/evidence/view?path=manifest.yaml")
        check("another co-op cannot open the evidence", "Page not found" in driver.page_source)
        walk.page_checks("not-found")
    finally:
        driver.quit()
        stop_server(server)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
