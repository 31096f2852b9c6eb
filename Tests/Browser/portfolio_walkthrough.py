#!/usr/bin/env python3
"""A batch's portfolio page (summary.html) as a regulator uses it, in a real browser.

Runs the built `nod batch` over an inbox (the three examples, one zipped, a PDF and a broken
archive), opens summary.html from disk, and checks: axe-core finds no serious or critical
WCAG 2.2 AA violation; the first rows are the rejected item and the item that is not a bundle;
a column heading is sorted from the keyboard alone (Tab to its button, Enter) and carries
aria-sort; the decision, model and rule filters narrow the rows and say how many are shown;
each row links its report in every format written; at 390 pixels nothing is wider than the
screen. Then the batch joins a web office's ledger as two seasons (`nod ledger import`), and a
regulator reads /portfolio there (axe-core, the organisation that fell first, both downloads,
nothing wider than a phone). Screenshots at both widths go to --screenshots.

Usage: Tests/Browser/portfolio_walkthrough.py [--nod .build/debug/nod] [--screenshots DIR]
"""
import os, shutil, subprocess, sys, tempfile, urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office_walkthrough as office  # noqa: E402
from office_walkthrough import ROOT, Walk, check, new_driver, zip_folder  # noqa: E402


def visible_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, "#rows tbody tr") if row.is_displayed()]


def main():
    args = office.walkthrough_arguments()
    work = tempfile.mkdtemp(prefix="nod-portfolio-")
    driver = None
    try:
        inbox, out = os.path.join(work, "inbox"), os.path.join(work, "out")
        os.makedirs(inbox)
        examples = os.path.join(ROOT, "Examples")
        for name in ("bristol-adaptations", "eryri-byw-annibynnol"):
            shutil.copytree(os.path.join(examples, name), os.path.join(inbox, name))
        zip_folder(os.path.join(examples, "gofal-dyffryn"), os.path.join(inbox, "gofal-dyffryn.zip"))
        with open(os.path.join(inbox, "minutes.pdf"), "wb") as pdf:
            pdf.write(b"%PDF-1.7\n")
        with open(os.path.join(inbox, "broken.zip"), "wb") as broken:
            broken.write(b"not an archive")
        batch = subprocess.run([args.nod, "batch", inbox, "--out", out, "--date", "2026-06-30", "--format", "html", "--jobs", "2"],
                               capture_output=True, text=True, timeout=300)
        check("the batch counts every item", batch.stderr.startswith("5 found: 2 awarded, 1 with conditions, 0 not awarded, 1 rejected, 1 not a bundle"),
              batch.stderr)

        driver = new_driver()
        walk = Walk(driver, "file://" + out, args.screenshots)
        walk.go("/summary.html")
        walk.page_checks("portfolio")
        outcomes = [row.get_attribute("data-decision") for row in visible_rows(driver)]
        check("the rejected item and the item that is not a bundle come first", outcomes[:2] == ["rejected", "not-a-bundle"], str(outcomes))
        check("every row is shown before filtering", "Showing 5 of 5" in driver.page_source)

        # Sorting from the keyboard: Tab from the last filter reaches the first heading button.
        score = driver.find_element(By.CSS_SELECTOR, "th button[data-column='4']")
        driver.find_element(By.ID, "filter-rule").send_keys(Keys.TAB)
        for _ in range(8):
            if driver.switch_to.active_element == score:
                break
            driver.switch_to.active_element.send_keys(Keys.TAB)
        check("a sort button is reached with Tab", driver.switch_to.active_element == score)
        score.send_keys(Keys.ENTER)
        heading = score.find_element(By.XPATH, "..")
        check("the sorted column says so (aria-sort)", heading.get_attribute("aria-sort") == "ascending")
        check("only one column carries aria-sort", len(driver.find_elements(By.CSS_SELECTOR, "th[aria-sort]")) == 1)
        scores = [row.find_elements(By.TAG_NAME, "td")[4].text for row in visible_rows(driver)]
        numbers = [float(s) for s in scores if s]
        check("the rows are in score order", numbers == sorted(numbers) and scores[:2] == ["", ""], str(scores))
        score.send_keys(Keys.ENTER)
        check("pressing again sorts the other way", heading.get_attribute("aria-sort") == "descending")

        Select(driver.find_element(By.ID, "filter-decision")).select_by_value("awarded")
        check("the decision filter keeps the awarded rows", len(visible_rows(driver)) == 2 and "Showing 2 of 5" in driver.page_source)
        Select(driver.find_element(By.ID, "filter-model")).select_by_value("user-led")
        check("the model filter narrows them", len(visible_rows(driver)) == 1)
        Select(driver.find_element(By.ID, "filter-decision")).select_by_value("")
        Select(driver.find_element(By.ID, "filter-model")).select_by_value("")
        rule = Select(driver.find_element(By.ID, "filter-rule"))
        rule.select_by_index(1)
        rows = visible_rows(driver)
        check("the rule filter keeps the bundles that did not meet it",
              len(rows) == 1 and rows[0].find_elements(By.TAG_NAME, "td")[0].text.endswith("bristol-adaptations"))
        links = [a.get_attribute("href") for a in rows[0].find_elements(By.CSS_SELECTOR, "td a")]
        check("the row links its report in every format written",
              [os.path.basename(link) for link in links] == ["bristol-adaptations.json", "bristol-adaptations.html"], str(links))
        driver.get(links[1])
        check("the report link opens the report", "Bristol" in driver.title or "Bristol" in driver.page_source[:4000])

        walk.go("/summary.html")
        driver.set_window_size(390, 900)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check("nothing is wider than a 390-pixel screen", overflow <= 0, f"{overflow}px too wide")
        driver.set_window_size(1280, 900)

        # The same batch as two seasons of a web office's ledger; the second, a year on, with
        # Bristol's register saved as a spreadsheet, so its decision falls.
        data = os.path.join(work, "office")
        imported = subprocess.run([args.nod, "ledger", "import", out, "--data", data, "--season", "2025"], capture_output=True, text=True)
        check("the batch is imported as a season", "imported 3 reports into season 2025" in imported.stderr, imported.stderr)
        register = os.path.join(inbox, "bristol-adaptations", "members")
        os.rename(os.path.join(register, "register.csv"), os.path.join(register, "register.xlsx"))
        later = subprocess.run([args.nod, "batch", inbox, "--out", os.path.join(work, "out-2026"), "--date", "2026-06-30",
                                "--ledger", data], capture_output=True, text=True, timeout=300)
        check("a second batch joins as the next season", "imported 3 reports into season 2026" in later.stderr, later.stderr)
        made = subprocess.run([args.nod, "users", "add", "rheoleiddiwr@example.gov.wales", "--role", "regulator", "--data", data],
                              input="a long enough passphrase\n", capture_output=True, text=True)
        check("a regulator account is made", made.returncode == 0, made.stderr)
        server, base = office.start_server(args.nod, data)
        try:
            walk.base = base
            walk.sign_in("rheoleiddiwr@example.gov.wales", "a long enough passphrase")
            walk.follow("a[href='/portfolio']")
            walk.page_checks("office-portfolio")
            rows = driver.find_elements(By.CSS_SELECTOR, "#organisations + p + table tbody tr")
            check("the organisation whose decision fell comes first",
                  rows and "Bristol" in rows[0].text and "Fell" in rows[0].text, rows[0].text if rows else "no rows")
            cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
            for link in ("/portfolio/organisations.csv", "/portfolio/rules.xlsx"):
                request = urllib.request.Request(base + link, headers={"Cookie": cookie})
                with urllib.request.urlopen(request, timeout=30) as response:
                    body = response.read()
                    check(f"{link} downloads", response.status == 200 and "attachment" in response.headers.get("Content-Disposition", "")
                          and len(body) > 100)
            driver.set_window_size(390, 900)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            check("the portfolio fits a 390-pixel screen", overflow <= 0, f"{overflow}px too wide")
            driver.set_window_size(1280, 900)
        finally:
            office.stop_server(server)
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser (portfolio): {office.passed} passed, {office.failed} failed")
    sys.exit(1 if office.failed else 0)


if __name__ == "__main__":
    main()
