import NodReport

/// The office's one stylesheet, served from `/assets/site.css` (the Content-Security-Policy
/// allows styles from the office itself only): the report's own styles, then the pages'
/// (GOV.UK patterns: large targets, visible focus, error summaries, readable on a phone).
enum SiteStylesheet {
    static let css = HTMLReportRenderer.stylesheet + """

    a { color: #1d4ed8; } a:visited { color: #6d28d9; }
    a:focus, button:focus, input:focus, select:focus, .source:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 4px #0b0c0c; }
    .skip { position: absolute; left: -9999px; } .skip:focus { position: static; display: block; padding: 0.5rem 1rem; background: #fd0; color: #0b0c0c; }
    header.site { background: #0b0c0c; color: #fff; padding: 0.6rem 1.25rem; }
    header.site .bar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; max-width: 60rem; margin: 0 auto; }
    header.site a { color: #fff; } .brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; }
    header.site nav { max-width: 60rem; margin: 0.4rem auto 0; display: flex; justify-content: space-between; flex-wrap: wrap; gap: 0.5rem; }
    header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1.25rem; flex-wrap: wrap; align-items: center; }
    header.site nav form { margin: 0; } .who { margin: 0; color: #d1d5db; font-size: 0.9rem; overflow-wrap: anywhere; }
    button.link { background: none; border: 0; color: #fff; text-decoration: underline; padding: 0; font: inherit; cursor: pointer; box-shadow: none; min-height: 0; }
    main { display: block; } main:focus { outline: none; }
    h1 { font-size: 2rem; line-height: 1.2; overflow-wrap: anywhere; }
    .field { margin: 0 0 1.25rem; } label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
    .hint { color: #4b5563; margin: 0 0 0.4rem; }
    input[type=email], input[type=password], input[type=text], select { font: inherit; width: 100%; max-width: 30rem; padding: 0.45rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; }
    input[type=file] { font: inherit; max-width: 100%; }
    .checkbox { display: grid; grid-template-columns: 2rem 1fr; gap: 0 0.5rem; align-items: start; }
    .checkbox input { width: 1.6rem; height: 1.6rem; margin: 0; } .checkbox .hint { grid-column: 2; }
    button { font: inherit; font-weight: 600; background: #00703c; color: #fff; border: 0; padding: 0.55rem 1.1rem; min-height: 44px; box-shadow: 0 2px #002d18; cursor: pointer; }
    button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px #929191; } button.warning { background: #d4351c; box-shadow: 0 2px #55150b; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
    .card h2 { margin-top: 0; border: 0; }
    .error-summary { border: 5px solid #d4351c; padding: 1rem 1.25rem; margin: 1rem 0; background: #fff; }
    .error-summary h2 { margin-top: 0; border: 0; } .error-summary p { overflow-wrap: anywhere; }
    .notice { border-left: 6px solid #1d70b8; background: #fff; padding: 0.5rem 1rem; margin: 1rem 0; }
    .tag { display: inline-block; font-size: 0.9rem; font-weight: 600; padding: 0.1rem 0.5rem; background: #dbeafe; color: #0b0c0c; vertical-align: middle; }
    .breadcrumbs { margin: 0.5rem 0; } .list { padding-left: 1.25rem; } .list li { margin: 0.3rem 0; overflow-wrap: anywhere; }
    .tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; border-bottom: 1px solid var(--line); }
    .tabs a { display: inline-block; padding: 0.4rem 0; } .tabs a[aria-current] { font-weight: 700; }
    .report header.decision { border-radius: 6px; } .report header.decision h2 { margin: 0.2rem 0; font-size: 2rem; border: 0; padding: 0; color: #fff; }
    .report h3 { margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; font-size: 1.35rem; }
    .report .finding h4 { margin: 0 0 0.3rem; font-size: 1.1rem; } .report a.citation { text-decoration: underline; } .report .report-body, .report .report-footer { padding-left: 0; padding-right: 0; }
    .checklist li { background: #fff; border: 1px solid var(--line); padding: 0.6rem 0.8rem; margin: 0.6rem 0; }
    .checklist input { width: 1.4rem; height: 1.4rem; float: left; margin: 0.15rem 0.6rem 0 0; } .checklist label { font-weight: normal; }
    .source { overflow-x: auto; background: #fff; border: 1px solid var(--line); }
    table.lines { font: 0.85rem/1.45 ui-monospace, Menlo, Consolas, monospace; background: #fff; }
    table.lines th { width: 1%; text-align: right; color: #4b5563; background: #f3f4f6; user-select: none; padding: 0 0.6rem; font-weight: normal; }
    table.lines td { padding: 0 0.6rem; border: 0; } table.lines pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; }
    table.lines tr.cited td, table.lines tr.cited th { background: #fef08a; }
    code.token, code.digest { overflow-wrap: anywhere; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    footer.site { max-width: 60rem; margin: 2rem auto 0; padding: 1rem 1.25rem 2rem; border-top: 1px solid var(--line); color: #4b5563; font-size: 0.9rem; }
    form.danger { margin-top: 2.5rem; }
    summary { cursor: pointer; padding: 0.5rem 0; min-height: 24px; color: #1d4ed8; text-decoration: underline; }
    details { margin: 0.2rem 0; } details[open] { border-left: 4px solid var(--line); padding-left: 0.8rem; }
    fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; } legend { font-weight: 600; margin-bottom: 0.4rem; }
    .radio { display: flex; gap: 0.5rem; align-items: center; margin: 0 0 0.6rem; } .radio input { width: 1.5rem; height: 1.5rem; margin: 0; }
    .radio label { font-weight: normal; margin: 0; }
    textarea { font: inherit; width: 100%; max-width: 40rem; padding: 0.45rem; border: 2px solid #0b0c0c; border-radius: 0; }
    input[type=search] { font: inherit; width: 100%; max-width: 30rem; padding: 0.45rem; border: 2px solid #0b0c0c; border-radius: 0; }
    .pagination ul { display: flex; gap: 1.5rem; list-style: none; padding: 0; margin: 0.5rem 0 1.5rem; }
    .tag.warning { background: #fde68a; }
    .certificate { background: #fff; border: 3px solid #004a45; padding: 1.5rem; margin: 1rem 0; }
    .certificate h1.organisation { text-align: center; margin: 0 0 1.25rem; font-size: 2rem; }
    .certificate .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
    .certificate .column + .column { border-left: 1px solid var(--line); padding-left: 1.5rem; }
    .certificate h2 { border: 0; margin-top: 0; } .certificate .level { font-size: 1.4rem; font-weight: 700; margin: 0.2rem 0 1rem; }
    .certificate dt { color: #4b5563; font-size: 0.85rem; } .certificate dd { margin: 0 0 0.6rem; }
    .certificate .qr { text-align: center; margin-top: 1.5rem; } .certificate .qr svg { display: block; margin: 0 auto; width: 12rem; height: 12rem; }
    .status-panel { padding: 1rem 1.25rem; margin: 1rem 0; background: #00703c; color: #fff; }
    .status-panel.suspended { background: #b45309; } .status-panel.withdrawn, .status-panel.expired { background: #4b5563; }
    .status-panel p { margin: 0.2rem 0; } .status-panel .big { font-size: 2rem; font-weight: 700; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    @page { size: A4; margin: 12mm; }
    @media print {
      header.site, footer.site, .no-print, .skip { display: none; }
      .certificate { border-width: 2px; margin: 0; break-inside: avoid; }
    }
    @media (max-width: 640px) {
      table.lines, table.lines tbody { display: table; } table.lines tr { display: table-row; border: 0; margin: 0; } table.lines th, table.lines td { display: table-cell; }
      table.lines td::before { content: none; } h1 { font-size: 1.6rem; }
      .certificate .columns { grid-template-columns: 1fr; } .certificate .column + .column { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); padding-top: 1rem; }
    }
    """
}
