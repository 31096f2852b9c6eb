import Mustache

/// The pages' markup, as Mustache templates (auto-escaped: `{{x}}` is always text; only the
/// report's own renderer, which escapes everything it writes, is placed with `{{{x}}}`).
/// Every page extends `layout`; every word comes from `t` (SiteText).
enum Templates {
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {{#refresh}}<meta http-equiv="refresh" content="3">{{/refresh}}
    <title>{{title}} – {{t.serviceShort}}</title>
    <link rel="stylesheet" href="/assets/site.css">
    </head>
    <body>
    <a class="skip" href="#main">{{t.skip}}</a>
    <header class="site">
    <div class="bar">
    <a class="brand" href="/">{{t.service}}</a>
    <a class="language" href="{{switchURL}}" lang="{{otherLang}}" hreflang="{{otherLang}}" aria-label="{{t.switchLanguageLabel}}">{{t.switchLanguage}}</a>
    </div>
    {{#account}}
    <nav aria-label="{{t.home}}">
    <ul>
    <li><a href="/">{{t.home}}</a></li>
    {{#isCertifier}}<li><a href="/certification">{{t.cycleDesk}}</a></li>{{/isCertifier}}
    {{#mayViewPortfolio}}<li><a href="/portfolio">{{t.portfolio}}</a></li>{{/mayViewPortfolio}}
    {{#isAdmin}}<li><a href="/admin">{{t.administration}}</a></li>{{/isAdmin}}
    <li><a href="/account">{{t.yourAccount}}</a></li>
    <li><form method="post" action="/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link" type="submit">{{t.signOut}}</button></form></li>
    </ul>
    <p class="who">{{t.signedInAs}} {{email}}</p>
    </nav>
    {{/account}}
    </header>
    <main id="main" tabindex="-1">
    {{$main}}{{/main}}
    </main>
    <footer class="site"><p><a href="/register">{{t.register}}</a> · <a href="/register/verify">{{t.verifyTitle}}</a></p><p>{{t.privacy}}: {{t.privacyText}}</p></footer>
    </body>
    </html>
    """

    static let signIn = """
    {{<layout}}{{$main}}
    <h1>{{t.signIn}}</h1>
    {{#content.error}}<div class="error-summary" role="alert"><h2>{{t.errorSummary}}</h2><p>{{.}}</p></div>{{/content.error}}
    <p>{{t.signInIntro}}</p>
    <form method="post" action="/sign-in">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="email">{{t.email}}</label><input id="email" name="email" type="email" autocomplete="username" spellcheck="false" value="{{content.email}}" required></div>
    <div class="field"><label for="password">{{t.password}}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
    <button type="submit">{{t.signIn}}</button>
    </form>
    {{/main}}{{/layout}}
    """

    static let firstRun = """
    {{<layout}}{{$main}}
    <h1>{{t.firstRunTitle}}</h1>
    <p>{{t.firstRunIntro}}</p>
    <pre><code>nod users add you@example.coop --role admin --data {{content.dataFolder}}</code></pre>
    <p>{{t.firstRunPassword}}</p>
    {{#content.error}}<div class="error-summary" role="alert"><h2>{{t.errorSummary}}</h2><p>{{.}}</p></div>{{/content.error}}
    {{#content.formAllowed}}
    <p>{{t.firstRunForm}}</p>
    <form method="post" action="/setup">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="email">{{t.email}}</label><input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required></div>
    <div class="field"><label for="password">{{t.password}}</label><p class="hint" id="password-hint">{{t.passwordHint}}</p><input id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint" minlength="12" required></div>
    <button type="submit">{{t.createAdmin}}</button>
    </form>
    {{/content.formAllowed}}
    {{/main}}{{/layout}}
    """

    static let organisation = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{name}}</h1>
    {{#notice}}<div class="notice" role="status"><p>{{.}}</p></div>{{/notice}}
    {{#mayUpload}}
    <section class="card">
    <h2>{{t.sendEvidence}}</h2>
    <form method="post" action="/organisations/{{publicID}}/submissions" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="bundle">{{t.bundleFile}}</label><p class="hint" id="bundle-hint">{{t.sendEvidenceHint}}</p>
    <input id="bundle" name="bundle" type="file" aria-describedby="bundle-hint"></div>
    <div class="field"><label for="files">{{t.folderFiles}}</label><p class="hint" id="files-hint">{{t.folderFilesHint}}</p>
    <input id="files" name="files" type="file" multiple webkitdirectory aria-describedby="files-hint"></div>
    <div class="field checkbox"><input id="keep" name="keep" type="checkbox" value="yes" checked aria-describedby="keep-hint"><label for="keep">{{t.keepEvidence}}</label>
    <p class="hint" id="keep-hint">{{t.keepEvidenceHint}}</p></div>
    {{#surveillanceFor}}<div class="field checkbox"><input id="purpose" name="purpose" type="checkbox" value="surveillance" aria-describedby="purpose-hint"><label for="purpose">{{t.isSurveillance}} {{.}}</label>
    <p class="hint" id="purpose-hint">{{t.isSurveillanceHint}}</p></div>{{/surveillanceFor}}
    <button type="submit">{{t.upload}}</button>
    </form>
    </section>
    {{/mayUpload}}
    {{#hasCertificates}}
    <h2>{{t.certificates}}</h2>
    <ul class="list">{{#certificates}}<li><a href="/certificates/{{number}}">{{number}}</a> · <span class="tag">{{status}}</span> · {{t.validUntil}} {{expires}} · <a href="/certificates/{{number}}/manage">{{t.correctiveActions}}: {{openActions}}</a>{{#overdue}} <span class="tag warning">{{t.overdue}}</span>{{/overdue}}</li>{{/certificates}}</ul>
    {{/hasCertificates}}
    <h2>{{t.history}}</h2>
    <p>{{t.historyIntro}}</p>
    {{#chart}}<figure class="card"><figcaption>{{t.scoreOverTime}}</figcaption>{{{chart}}}</figure>{{/chart}}
    {{#hasSubmissions}}
    <table>
    <caption class="visually-hidden">{{t.submissions}}</caption>
    <thead><tr><th scope="col">{{t.submitted}}</th><th scope="col">{{t.file}}</th><th scope="col">{{t.status}}</th><th scope="col">{{t.result}}</th><th scope="col">{{t.score}}</th></tr></thead>
    <tbody>
    {{#submissions}}<tr><td data-label="{{t.submitted}}"><a href="/submissions/{{publicID}}">{{submitted}}</a></td><td data-label="{{t.file}}">{{fileName}}</td><td data-label="{{t.status}}">{{status}}</td><td data-label="{{t.result}}">{{decision}}</td><td data-label="{{t.score}}">{{score}}</td></tr>
    {{/submissions}}
    </tbody>
    </table>
    {{/hasSubmissions}}
    {{^hasSubmissions}}<p>{{t.noSubmissions}}</p>{{/hasSubmissions}}
    {{#canCompare}}
    <section class="card">
    <h2>{{t.compare}}</h2>
    <form method="get" action="/organisations/{{publicID}}/diff">
    <div class="field"><label for="from">{{t.compareFrom}}</label><select id="from" name="from">{{#audited}}<option value="{{publicID}}">{{submitted}} · {{fileName}}</option>{{/audited}}</select></div>
    <div class="field"><label for="to">{{t.compareTo}}</label><select id="to" name="to">{{#auditedNewestFirst}}<option value="{{publicID}}">{{submitted}} · {{fileName}}</option>{{/auditedNewestFirst}}</select></div>
    <button type="submit">{{t.compareButton}}</button>
    </form>
    </section>
    {{/canCompare}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let organisations = """
    {{<layout}}{{$main}}
    <h1>{{t.organisations}}</h1>
    <ul class="list">
    {{#content.organisations}}<li><a href="/organisations/{{publicID}}">{{name}}</a></li>{{/content.organisations}}
    </ul>
    {{/main}}{{/layout}}
    """

    /// The submission page's own part, cached per submission, state, language and rights
    /// (the viewer's CSRF token is put in after); `frame` places it in the layout.
    static let submissionMain = """
    {{#content}}
    <p class="breadcrumbs"><a href="/organisations/{{organisationID}}">{{organisationName}}</a></p>
    <h1>{{fileName}} <span class="tag">{{statusText}}</span></h1>
    {{#waiting}}<p class="notice" role="status">{{t.waitingNote}}</p>{{/waiting}}
    {{#rejected}}
    <div class="error-summary" role="alert">
    <h2>{{t.rejectedTitle}}</h2>
    <p><strong>{{t.rejectedWhat}}:</strong> {{rejection}}</p>
    <p>{{t.rejectedFix}}</p>
    </div>
    {{/rejected}}
    {{#audited}}
    <nav class="tabs" aria-label="{{t.viewReport}}"><ul>
    <li><a href="/submissions/{{publicID}}" aria-current="page">{{t.viewReport}}</a></li>
    <li><a href="/submissions/{{publicID}}/checklist">{{t.checklist}}</a></li>
    {{#evidenceKept}}<li><a href="/submissions/{{publicID}}/evidence">{{t.evidence}}</a></li>{{/evidenceKept}}
    </ul></nav>
    <div class="report">{{{reportHTML}}}</div>
    <p>{{t.downloads}}: <a href="/submissions/{{publicID}}/report.json" download>JSON</a> · <a href="/submissions/{{publicID}}/report.html" download>HTML</a> · <a href="/submissions/{{publicID}}/report.sarif" download>SARIF</a></p>
    {{/audited}}
    {{#mayDelete}}
    <form method="post" action="/submissions/{{publicID}}/delete" class="danger">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <p class="hint">{{t.deleteWarning}}</p>
    <button type="submit" class="warning">{{t.deleteSubmission}}</button>
    </form>
    {{/mayDelete}}
    {{/content}}
    """

    static let frame = """
    {{<layout}}{{$main}}{{{content.main}}}{{{content.panel}}}{{/main}}{{/layout}}
    """

    static let checklist = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/submissions/{{publicID}}">{{t.back}}</a></p>
    <h1>{{t.checklist}}</h1>
    <p>{{t.checklistIntro}}</p>
    {{#hasItems}}
    <ol class="checklist">
    {{#items}}<li><input type="checkbox" id="item-{{rule}}"><label for="item-{{rule}}"><strong>{{rule}} {{title}}</strong> <span class="tag">{{severity}}</span></label>
    <p>{{message}}</p>{{#action}}<p class="hint">{{.}}</p>{{/action}}</li>
    {{/items}}
    </ol>
    {{/hasItems}}
    {{^hasItems}}<p>{{t.nothingToDo}}</p>{{/hasItems}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let evidence = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/submissions/{{publicID}}">{{t.back}}</a></p>
    <h1>{{t.files}}</h1>
    <table>
    <thead><tr><th scope="col">{{t.file}}</th><th scope="col">{{t.size}}</th><th scope="col">{{t.digest}}</th></tr></thead>
    <tbody>
    {{#files}}<tr><td data-label="{{t.file}}">{{#viewable}}<a href="{{viewURL}}">{{path}}</a>{{/viewable}}{{^viewable}}{{path}}{{/viewable}}</td><td data-label="{{t.size}}">{{size}}</td><td data-label="{{t.digest}}"><code class="digest">{{sha256}}</code></td></tr>
    {{/files}}
    </tbody>
    </table>
    {{#hasViews}}
    <h2>{{t.whoOpened}}</h2>
    <ul class="list">{{#views}}<li>{{when}} · {{email}} · <code>{{path}}</code></li>{{/views}}</ul>
    {{/hasViews}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let viewer = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/submissions/{{publicID}}">{{t.viewReport}}</a> › <a href="/submissions/{{publicID}}/evidence">{{t.files}}</a></p>
    <h1><code>{{path}}</code></h1>
    <p class="hint">{{size}} · SHA-256 <code class="digest">{{sha256}}</code></p>
    {{#highlighted}}<p>{{t.citedLines}} {{#partial}}<a href="{{wholeURL}}">{{t.wholeFile}}</a>{{/partial}}</p>{{/highlighted}}
    <p><a href="{{downloadURL}}">{{t.download}}</a></p>
    <div class="source" role="region" aria-label="{{path}}" tabindex="0"><table class="lines">
    {{#lines}}<tr id="L{{number}}"{{#cited}} class="cited"{{/cited}}><th scope="row">{{number}}</th><td><pre>{{text}}</pre></td></tr>
    {{/lines}}
    </table></div>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let diff = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/organisations/{{organisationID}}">{{organisationName}}</a></p>
    <h1>{{t.compare}}</h1>
    <dl class="facts"><dt>{{t.before}}</dt><dd>{{before}}</dd><dt>{{t.after}}</dt><dd>{{after}}</dd></dl>
    <h2>{{t.newlyMet}}</h2>
    {{#hasMet}}<ul class="list">{{#newlyMet}}<li><strong>{{rule}}</strong> {{title}}</li>{{/newlyMet}}</ul>{{/hasMet}}{{^hasMet}}<p>{{t.none}}</p>{{/hasMet}}
    <h2>{{t.newlyNotMet}}</h2>
    {{#hasNotMet}}<ul class="list">{{#newlyNotMet}}<li><strong>{{rule}}</strong> {{title}}</li>{{/newlyNotMet}}</ul>{{/hasNotMet}}{{^hasNotMet}}<p>{{t.none}}</p>{{/hasNotMet}}
    {{#hasMeasures}}<h2>{{t.measuresMoved}}</h2><ul class="list">{{#measures}}<li>{{.}}</li>{{/measures}}</ul>{{/hasMeasures}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let admin = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{t.administration}}</h1>
    {{#notice}}<div class="notice" role="status"><p>{{.}}</p></div>{{/notice}}
    {{#error}}<div class="error-summary" role="alert"><h2>{{t.errorSummary}}</h2><p>{{.}}</p></div>{{/error}}
    <h2>{{t.organisations}}</h2>
    <ul class="list">{{#organisations}}<li><a href="/organisations/{{publicID}}">{{name}}</a></li>{{/organisations}}</ul>
    <section class="card">
    <h2>{{t.addOrganisation}}</h2>
    <form method="post" action="/admin/organisations">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="org-name">{{t.name}}</label><input id="org-name" name="name" type="text" maxlength="200" required></div>
    <button type="submit">{{t.add}}</button>
    </form>
    </section>
    <h2>{{t.accounts}}</h2>
    <table><thead><tr><th scope="col">{{t.email}}</th><th scope="col">{{t.role}}</th><th scope="col">{{t.organisation}}</th></tr></thead><tbody>
    {{#accounts}}<tr><td data-label="{{t.email}}">{{email}}</td><td data-label="{{t.role}}">{{role}}</td><td data-label="{{t.organisation}}">{{organisation}}</td></tr>{{/accounts}}
    </tbody></table>
    <section class="card">
    <h2>{{t.addAccount}}</h2>
    <form method="post" action="/admin/accounts">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="acc-email">{{t.email}}</label><input id="acc-email" name="email" type="email" autocomplete="off" spellcheck="false" required></div>
    <div class="field"><label for="acc-role">{{t.role}}</label><select id="acc-role" name="role">
    <option value="co-op">{{t.roleCoOp}}</option><option value="certifier">{{t.roleCertifier}}</option><option value="regulator">{{t.roleRegulator}}</option><option value="admin">{{t.roleAdmin}}</option>
    </select></div>
    <div class="field"><label for="acc-org">{{t.coOpOrganisation}}</label><select id="acc-org" name="organisation"><option value="">{{t.noneChosen}}</option>
    {{#organisations}}<option value="{{publicID}}">{{name}}</option>{{/organisations}}</select></div>
    <div class="field"><label for="acc-password">{{t.password}}</label><p class="hint" id="acc-password-hint">{{t.passwordHint}}</p><input id="acc-password" name="password" type="password" autocomplete="new-password" aria-describedby="acc-password-hint" minlength="12" required></div>
    <button type="submit">{{t.add}}</button>
    </form>
    </section>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let account = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{t.yourAccount}}</h1>
    <h2>{{t.apiTokens}}</h2>
    <p>{{t.apiTokensIntro}}</p>
    {{#newToken}}<div class="notice" role="status"><p>{{t.newToken}}:</p><p><code class="token">{{.}}</code></p></div>{{/newToken}}
    {{#hasTokens}}
    <table><thead><tr><th scope="col">{{t.tokenLabel}}</th><th scope="col">{{t.created}}</th><th scope="col">{{t.status}}</th></tr></thead><tbody>
    {{#tokens}}<tr><td data-label="{{t.tokenLabel}}">{{label}}</td><td data-label="{{t.created}}">{{created}}</td><td data-label="{{t.status}}">{{#revoked}}{{t.revoked}}{{/revoked}}{{^revoked}}<form method="post" action="/account/tokens/{{publicID}}/revoke"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">{{t.revoke}}</button></form>{{/revoked}}</td></tr>{{/tokens}}
    </tbody></table>
    {{/hasTokens}}
    {{^hasTokens}}<p>{{t.noTokens}}</p>{{/hasTokens}}
    <form method="post" action="/account/tokens" class="card">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="token-label">{{t.tokenLabel}}</label><input id="token-label" name="label" type="text" maxlength="100" required></div>
    <button type="submit">{{t.createToken}}</button>
    </form>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let message = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{heading}}</h1>
    {{#lines}}<p>{{.}}</p>{{/lines}}
    <p><a href="{{backURL}}">{{t.back}}</a></p>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let all: [String: String] = [
        "layout": layout, "sign-in": signIn, "first-run": firstRun, "organisation": organisation, "organisations": organisations,
        "submission-main": submissionMain, "frame": frame, "checklist": checklist, "evidence": evidence, "viewer": viewer, "diff": diff, "admin": admin,
        "account": account, "message": message,
    ]

    /// The library every page is rendered from; a template that does not parse is a bug that a
    /// test catches before any server starts.
    static func library() throws -> MustacheLibrary {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in all.merging(CycleTemplates.all, uniquingKeysWith: { own, _ in own }) {
            templates[name] = try MustacheTemplate(string: text)
        }
        return MustacheLibrary(templates: templates)
    }
}
