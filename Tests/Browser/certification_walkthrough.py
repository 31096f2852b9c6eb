#!/usr/bin/env python3
"""The certification cycle as certifiers, a co-op and the public go through it, in a real
browser (Debian's chromium through Selenium), across two years of the office's clock.

Accounts are made at the terminal (`nod users add`). Then: the co-op sends its evidence; the
first certifier reviews it, records an attestation (the audit is judged again) and asks for
evidence; the co-op answers by sending its bundle again; the certifier finishes the review; a
second certifier records the decision (award with conditions); the certificate page (Welsh
first), its PDF (text selectable, Welsh diacritics) and its QR code (decoded with zbarimg from
a screenshot) lead to the register entry; the register finds it by search; the verification
form accepts the signed file and refuses a tampered one; the co-op sends evidence closing a
corrective action and the certifier accepts it. The office is restarted a year on
(`--date`): the co-op sends its evidence again and the certifier records the surveillance
audit; restarted past the grace of the open actions, the register shows the certificate
suspended. axe-core checks each page kind; screenshots go to --screenshots.

Usage: Tests/Browser/certification_walkthrough.py [--nod .build/debug/nod] [--screenshots DIR]
"""
import os, re, shutil, signal, subprocess, sys, tempfile, time, urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office_walkthrough as office  # noqa: E402
from office_walkthrough import ROOT, Walk, check, new_driver, wait_to_leave, zip_folder  # noqa: E402

PASSWORD = "a long enough passphrase"
ORGANISATION = "Tŷ Gofal Cŵm Tâf Cyf."


def start(nod, data, date):
    process = subprocess.Popen([nod, "serve", "--data", data, "--port", "0", "--jobs", "2", "--date", date, "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", process.stdout.readline())
    if not match:
        process.kill()
        raise SystemExit(f"nod serve did not start: {process.stderr.read()}")
    return process, f"http://127.0.0.1:{match.group(1)}"


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def fetch(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class CycleWalk(Walk):
    def rule_form(self, action, rule):
        """The form of `action` (attestation, waiver, request) in the row of `rule`, opened."""
        row = self.driver.find_element(By.ID, f"rule-{rule}")
        for details in row.find_elements(By.TAG_NAME, "details"):
            form = details.find_element(By.TAG_NAME, "form")
            if form.get_attribute("action").endswith(f"/review/{action}"):
                details.find_element(By.TAG_NAME, "summary").click()
                return form
        raise AssertionError(f"no {action} form for {rule}")

    def press(self, form):
        button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
        button.click()
        wait_to_leave(self.driver, button)

    def wait_for_text(self, text, seconds=60):
        """Reloads until `text` is on the page and the page no longer refreshes itself."""
        end = time.time() + seconds
        while time.time() < end:
            source = self.driver.page_source
            if text in source and 'http-equiv="refresh"' not in source:
                return True
            time.sleep(0.5)
            self.driver.refresh()
        return False

    def path(self):
        return self.driver.current_url.replace(self.base, "")


def main():
    args = office.walkthrough_arguments()
    scratch = tempfile.mkdtemp(prefix="nod-cycle-")
    data = os.path.join(scratch, "data")
    bundle = os.path.join(scratch, "bristol.zip")
    zip_folder(os.path.join(ROOT, "Examples/bristol-adaptations"), bundle)
    for email, role, extra in (("ysgrifennydd@example.coop", "co-op", ["--organisation", ORGANISATION]),
                               ("adolygydd@example.org", "certifier", []), ("penderfynwr@example.org", "certifier", [])):
        made = subprocess.run([args.nod, "users", "add", email, "--role", role, "--data", data] + extra,
                              input=PASSWORD + "\n", text=True, capture_output=True)
        check(f"account made at the terminal: {email}", made.returncode == 0, made.stderr)
    server, base = start(args.nod, data, "2026-06-30")
    driver = new_driver()
    walk = CycleWalk(driver, base, args.screenshots)
    try:
        # The co-op sends its evidence.
        walk.sign_in("ysgrifennydd@example.coop", PASSWORD)
        organisation = walk.path()
        walk.upload(bundle)
        check("the co-op's evidence is audited", walk.wait_until_done() == "Audited")
        submission = walk.path()
        walk.sign_out()

        # The first certifier reviews: an attestation, judged again; a request for evidence.
        walk.sign_in("adolygydd@example.org", PASSWORD)
        walk.go(submission)
        check("the certifier sees the certification panel", "Review rule by rule" in driver.page_source)
        walk.follow("a[href$='/review']")
        walk.page_checks("review")
        form = walk.rule_form("attestation", "GOV-07")
        walk.fill("seen-GOV-07", "2026-06-20")
        driver.find_element(By.ID, "met-GOV-07").click()
        walk.fill("note-GOV-07", "Saw the minutes of this year's election at the visit.")
        walk.press(form)
        check("the audit is judged again with the attestation", walk.wait_for_text("Attested"))
        walk.go(submission + "/review")
        walk.rule_form("request", "SV-01")
        walk.fill("need-SV-01", "Please send your social value statement.")
        walk.press(driver.find_element(By.ID, "need-SV-01").find_element(By.XPATH, "./ancestor::form"))
        walk.sign_out()

        # The co-op answers the request by sending its evidence again.
        walk.sign_in("ysgrifennydd@example.coop", PASSWORD)
        walk.go(submission)
        check("the co-op sees the request", "Please send your social value statement." in driver.page_source)
        driver.find_element(By.ID, "answer-bundle").send_keys(bundle)
        walk.submit("/answer")
        check("the answer is audited", walk.wait_until_done() == "Audited")
        submission = walk.path()
        walk.sign_out()

        # The reviewer finishes; the second certifier decides.
        walk.sign_in("adolygydd@example.org", PASSWORD)
        walk.go(submission + "/review")
        check("the review moved to the new audit", "Saw the minutes" in driver.page_source)
        walk.fill("notes", "Visited on 2026-06-20.")
        walk.submit("/review/finish")
        check("the reviewer is not offered the decision", "another certifier records the decision" in driver.page_source)
        walk.sign_out()
        walk.sign_in("penderfynwr@example.org", PASSWORD)
        walk.go(submission)
        check("only the outcomes the report allows are offered",
              driver.find_elements(By.ID, "outcome-award-with-conditions") and not driver.find_elements(By.ID, "outcome-award"))
        walk.page_checks("decision")
        driver.find_element(By.ID, "outcome-award-with-conditions").click()
        walk.fill("reason", "The conditions the report lists.")
        walk.submit("/decision")
        check("the decision issues certificate NOD-2026-0001", walk.path() == "/certificates/NOD-2026-0001", walk.path())
        columns = driver.find_elements(By.CSS_SELECTOR, ".certificate .column")
        check("the certificate is Welsh first, then English", [c.get_attribute("lang") for c in columns] == ["cy", "en"])
        walk.page_checks("certificate")

        # The QR code, read from a screenshot, leads to the register entry.
        qr = os.path.join(scratch, "qr.png")
        code = driver.find_element(By.CSS_SELECTOR, ".qr svg")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", code)
        code.screenshot(qr)
        if args.screenshots:
            shutil.copy(qr, os.path.join(args.screenshots, "qr.png"))
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", qr], capture_output=True, text=True).stdout.strip()
        check("the QR code decodes to the register entry", decoded == base + "/register/NOD-2026-0001", decoded)
        status, pdf = fetch(base + "/certificates/NOD-2026-0001/certificate.pdf")
        pdf_file = os.path.join(scratch, "certificate.pdf")
        open(pdf_file, "wb").write(pdf)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_file, "-"], capture_output=True, text=True).stdout
        check("the PDF's text is selectable, with ŵ, ŷ and â", status == 200 and ORGANISATION in text and "Tystysgrif" in text)
        if args.screenshots:
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", pdf_file, os.path.join(args.screenshots, "certificate-pdf")])
        status, signed = fetch(base + "/certificates/NOD-2026-0001/certificate.json")
        signed_file = os.path.join(scratch, "NOD-2026-0001.json")
        open(signed_file, "wb").write(signed)
        walk.sign_out()

        # The public: the register, search, the QR target, verification.
        walk.go(decoded.replace(base, ""))
        check("the register entry says the certificate is in force", "In force" in driver.page_source)
        walk.page_checks("register-entry")
        walk.go("/register")
        walk.fill("q", "Cŵm")
        walk.submit("/register")
        check("the register finds the certificate by search", "NOD-2026-0001" in driver.page_source)
        walk.page_checks("register")
        walk.go("/register/verify")
        driver.find_element(By.ID, "signed-file").send_keys(signed_file)
        walk.submit("/register/verify")
        check("the signed certificate verifies, in force", "The signature is valid" in driver.page_source and "In force" in driver.page_source)
        walk.page_checks("verify")
        tampered = os.path.join(scratch, "tampered.json")
        open(tampered, "wb").write(signed.replace(b"2029-06-30", b"2039-06-30"))
        walk.go("/register/verify")
        driver.find_element(By.ID, "signed-file").send_keys(tampered)
        walk.submit("/register/verify")
        check("a tampered certificate fails verification", "The signature is not valid" in driver.page_source)

        # A corrective action closed: the co-op sends evidence, the certifier accepts.
        walk.sign_in("ysgrifennydd@example.coop", PASSWORD)
        walk.go(organisation)
        check("the co-op's page lists its certificate and actions", "NOD-2026-0001" in driver.page_source)
        walk.go("/certificates/NOD-2026-0001/manage")
        walk.page_checks("certificate-manage")
        closure = driver.find_elements(By.CSS_SELECTOR, "form[action$='/closure']")[0]
        closure.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(bundle)
        walk.press(closure)
        check("the closure is audited", walk.wait_until_done() == "Audited")
        walk.sign_out()
        walk.sign_in("penderfynwr@example.org", PASSWORD)
        walk.go("/certification")
        walk.page_checks("desk")
        check("the desk lists the closure to check", "Closures to check" in driver.page_source and "NOD-2026-0001" in driver.page_source)
        walk.go("/certificates/NOD-2026-0001/manage")
        resolve = driver.find_elements(By.CSS_SELECTOR, "form[action$='/resolve']")[0]
        resolve.find_element(By.CSS_SELECTOR, "button[value=accept]").click()
        wait_to_leave(driver, resolve)
        check("the closure is accepted", "Closed" in driver.page_source)
        walk.sign_out()
        stop(server)

        # A year on: the co-op sends its evidence; the certifier records the surveillance.
        server, walk.base = start(args.nod, data, "2027-06-15")
        base = walk.base
        walk.sign_in("ysgrifennydd@example.coop", PASSWORD)
        walk.go(organisation)
        check("the upload form offers the surveillance audit", "yearly surveillance audit for certificate NOD-2026-0001" in driver.page_source)
        walk.page_checks("organisation-surveillance")
        driver.find_element(By.ID, "purpose").click()
        walk.upload(bundle)
        check("the surveillance evidence is audited", walk.wait_until_done() == "Audited")
        check("with the reduced surveillance profile", "quality mark — surveillance" in driver.page_source)
        walk.sign_out()
        walk.sign_in("penderfynwr@example.org", PASSWORD)
        walk.go("/certification")
        check("the desk lists the surveillance due", "Surveillance audit" in driver.page_source)
        walk.go("/certificates/NOD-2026-0001/manage")
        driver.find_element(By.ID, "keep-in-force").click()
        walk.submit("/surveillance")
        check("the surveillance audit is recorded", "done on 2027-06-15" in driver.page_source)
        walk.sign_out()
        stop(server)

        # Much later, the open actions are long overdue: the register shows the suspension.
        server, walk.base = start(args.nod, data, "2027-07-01")
        walk.go("/register")
        check("the register shows the certificate suspended", "Suspended" in driver.page_source)
        walk.go("/register/NOD-2026-0001")
        check("the entry says why", "A corrective action was not closed in time" in driver.page_source)
        walk.page_checks("register-suspended")
        walk.follow("a.language")
        check("and says it in Welsh", "Wedi’i hatal" in driver.page_source)
    finally:
        driver.quit()
        stop(server)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"browser (certification): {office.passed} passed, {office.failed} failed")
    return 1 if office.failed else 0


if __name__ == "__main__":
    sys.exit(main())
