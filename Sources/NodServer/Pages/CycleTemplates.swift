/// The certification cycle's pages: the certifier's panel on a submission, the review, the
/// certificate (printable A4, Welsh first), its management, the desk, and the public register.
enum CycleTemplates {
    static let panel = """
    {{#content}}
    <section class="card" aria-labelledby="certification-heading">
    <h2 id="certification-heading">{{t.certification}}</h2>
    {{#hasRequests}}
    <h3>{{t.evidenceRequests}}</h3>
    <ul class="list">{{#requests}}<li><strong>{{rule}}</strong> {{message}} <span class="hint">({{asked}})</span> {{#answer}}· {{t.answeredBy}} <a href="/submissions/{{.}}">{{.}}</a>{{/answer}}{{^answer}}· <span class="tag">{{t.awaitingAnswer}}</span>{{/answer}}</li>{{/requests}}</ul>
    {{#mayAnswer}}
    <form method="post" action="/submissions/{{publicID}}/answer" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="answer-bundle">{{t.answerRequests}}</label><p class="hint" id="answer-hint">{{t.answerRequestsHint}}</p>
    <input id="answer-bundle" name="bundle" type="file" aria-describedby="answer-hint" required></div>
    <button type="submit">{{t.upload}}</button>
    </form>
    {{/mayAnswer}}
    {{/hasRequests}}
    {{#isCertifier}}
    <h3>{{t.reviewHeading}}</h3>
    <p>{{reviewState}}</p>
    <p><a href="/submissions/{{publicID}}/review">{{t.reviewRuleByRule}}</a></p>
    {{/isCertifier}}
    <h3>{{t.decisionHeading}}</h3>
    {{#decision}}
    <p><strong>{{outcome}}</strong> · {{t.decidedOn}} {{date}} {{t.by}} {{decider}}{{#samePerson}} ({{t.samePerson}}){{/samePerson}}</p>
    {{#reason}}<p>{{.}}</p>{{/reason}}
    {{#certificate}}<p><a href="/certificates/{{.}}">{{t.viewCertificate}} {{.}}</a></p>{{/certificate}}
    {{/decision}}
    {{^decision}}
    {{#mayDecide}}
    <form method="post" action="/submissions/{{publicID}}/decision">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <fieldset><legend>{{t.decisionRecord}}</legend><p class="hint">{{t.decisionOnlyAllowed}}</p>
    {{#outcomes}}<div class="field radio"><input type="radio" id="outcome-{{value}}" name="outcome" value="{{value}}" required><label for="outcome-{{value}}">{{label}}</label></div>
    {{/outcomes}}
    </fieldset>
    <div class="field"><label for="reason">{{t.decisionReason}}</label><textarea id="reason" name="reason" rows="3" maxlength="2000"></textarea></div>
    {{#samePersonAllowed}}<p class="hint">{{t.samePersonNote}}</p>{{/samePersonAllowed}}
    <button type="submit">{{t.decisionRecord}}</button>
    </form>
    {{/mayDecide}}
    {{^mayDecide}}<p>{{whyNoDecision}}</p>{{/mayDecide}}
    {{/decision}}
    </section>
    {{/content}}
    """

    static let review = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/submissions/{{publicID}}">{{fileName}}</a></p>
    <h1>{{t.reviewHeading}}</h1>
    {{#rejudging}}<p class="notice" role="status">{{t.rejudging}}</p>{{/rejudging}}
    {{#locked}}<p class="notice">{{t.reviewLocked}}</p>{{/locked}}
    <p>{{t.reviewIntro}}</p>
    <table>
    <thead><tr><th scope="col">{{t.rule}}</th><th scope="col">{{t.result}}</th><th scope="col">{{t.attestation}} / {{t.waiver}}</th></tr></thead>
    <tbody>
    {{#rules}}<tr id="rule-{{rule}}"><td data-label="{{t.rule}}"><strong>{{rule}}</strong> {{title}} <span class="tag">{{severity}}</span></td>
    <td data-label="{{t.result}}">{{status}}</td>
    <td data-label="{{t.attestation}}">{{#attestation}}<p>{{.}}</p>{{/attestation}}{{#waiver}}<p>{{.}}</p>{{/waiver}}
    {{^locked}}
    <details><summary>{{t.addAttestation}}<span class="visually-hidden"> {{rule}}</span></summary>
    <form method="post" action="/submissions/{{publicID}}/review/attestation">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="rule" value="{{rule}}">
    <p class="hint">{{t.attestationHint}}</p>
    <div class="field"><label for="seen-{{rule}}">{{t.seenOn}}</label><p class="hint" id="seen-hint-{{rule}}">{{t.dateHint}}</p><input id="seen-{{rule}}" name="date" type="text" inputmode="numeric" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" aria-describedby="seen-hint-{{rule}}" required></div>
    <fieldset><legend>{{t.result}}</legend>
    <div class="field radio"><input type="radio" id="met-{{rule}}" name="outcome" value="met" required><label for="met-{{rule}}">{{t.outcomeMet}}</label></div>
    <div class="field radio"><input type="radio" id="notmet-{{rule}}" name="outcome" value="not-met"><label for="notmet-{{rule}}">{{t.outcomeNotMet}}</label></div>
    </fieldset>
    <div class="field"><label for="note-{{rule}}">{{t.whatYouSaw}}</label><textarea id="note-{{rule}}" name="note" rows="3" maxlength="2000" required></textarea></div>
    <button type="submit">{{t.save}}</button>
    </form></details>
    <details><summary>{{t.addWaiver}}<span class="visually-hidden"> {{rule}}</span></summary>
    <form method="post" action="/submissions/{{publicID}}/review/waiver">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="rule" value="{{rule}}">
    <p class="hint">{{t.waiverHint}}</p>
    <div class="field"><label for="why-{{rule}}">{{t.justification}}</label><textarea id="why-{{rule}}" name="justification" rows="3" maxlength="2000" required></textarea></div>
    <div class="field"><label for="until-{{rule}}">{{t.waiverExpires}}</label><p class="hint" id="until-hint-{{rule}}">{{t.dateHint}}</p><input id="until-{{rule}}" name="expires" type="text" inputmode="numeric" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" aria-describedby="until-hint-{{rule}}" required></div>
    <button type="submit">{{t.save}}</button>
    </form></details>
    <details><summary>{{t.requestEvidence}}<span class="visually-hidden"> {{rule}}</span></summary>
    <form method="post" action="/submissions/{{publicID}}/review/request">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="rule" value="{{rule}}">
    <p class="hint">{{t.requestHint}}</p>
    <div class="field"><label for="need-{{rule}}">{{t.whatIsNeeded}}</label><textarea id="need-{{rule}}" name="message" rows="3" maxlength="2000" required></textarea></div>
    <button type="submit">{{t.save}}</button>
    </form></details>
    {{/locked}}
    </td></tr>
    {{/rules}}
    </tbody></table>
    <section class="card">
    <h2>{{t.reviewFiles}}</h2>
    <p>{{t.reviewFilesHint}}</p>
    <p><a href="/submissions/{{publicID}}/review/attestations.yaml" download>{{t.attestationsFile}}</a> · <a href="/submissions/{{publicID}}/review/waivers.yaml" download>{{t.waiversFile}}</a></p>
    {{^locked}}
    <form method="post" action="/submissions/{{publicID}}/review/import" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="import-attestations">{{t.attestationsFile}}</label><input id="import-attestations" name="attestations" type="file" accept=".yaml,.yml"></div>
    <div class="field"><label for="import-waivers">{{t.waiversFile}}</label><input id="import-waivers" name="waivers" type="file" accept=".yaml,.yml"></div>
    <button type="submit" class="secondary">{{t.importFiles}}</button>
    </form>
    {{/locked}}
    </section>
    {{^locked}}
    <form method="post" action="/submissions/{{publicID}}/review/finish" class="card">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="notes">{{t.notesHeading}}</label><textarea id="notes" name="notes" rows="4" maxlength="5000">{{notes}}</textarea></div>
    <p class="hint">{{t.finishReviewHint}}</p>
    <button type="submit">{{t.finishReview}}</button>
    </form>
    {{/locked}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let certificate = """
    {{<layout}}{{$main}}
    {{#content}}
    <article class="certificate" aria-labelledby="certificate-title">
    <h1 id="certificate-title" class="organisation">{{organisation}}</h1>
    <div class="columns">
    {{#columns}}<section lang="{{lang}}" class="column">
    <h2>{{heading}}</h2>
    <p>{{awardedTo}}</p>
    <p class="level">{{level}}</p>
    <dl>{{#lines}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/lines}}</dl>
    </section>
    {{/columns}}
    </div>
    <div class="qr">{{{qr}}}<p>{{checkLine}}</p><p><a href="{{registerURL}}">{{registerURL}}</a></p></div>
    </article>
    <ul class="list no-print">
    <li><a href="/certificates/{{number}}/certificate.pdf" download>{{t.downloadPDF}}</a></li>
    <li><a href="/certificates/{{number}}/certificate.json" download>{{t.downloadSigned}}</a></li>
    <li><a href="/register/{{number}}">{{t.statusToday}}: {{status}}</a></li>
    {{#mayManage}}<li><a href="/certificates/{{number}}/manage">{{t.manageCertificate}}</a></li>{{/mayManage}}
    </ul>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let manage = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/certificates/{{number}}">{{number}}</a> · <a href="/organisations/{{organisationID}}">{{organisation}}</a></p>
    <h1>{{t.manageCertificate}} {{number}}</h1>
    <dl class="facts"><dt>{{t.status}}</dt><dd><span class="tag">{{status}}</span></dd><dt>{{t.validUntil}}</dt><dd>{{expires}}</dd></dl>
    <h2>{{t.statusHistory}}</h2>
    <table><thead><tr><th scope="col">{{t.date}}</th><th scope="col">{{t.status}}</th><th scope="col">{{t.reasonColumn}}</th></tr></thead><tbody>
    {{#history}}<tr><td data-label="{{t.date}}">{{date}}</td><td data-label="{{t.status}}">{{status}}</td><td data-label="{{t.reasonColumn}}">{{reason}}</td></tr>{{/history}}
    </tbody></table>
    {{#mayChange}}
    <form method="post" action="/certificates/{{number}}/status" class="card">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="new-status">{{t.newStatus}}</label><select id="new-status" name="status">{{#statusChoices}}<option value="{{value}}">{{label}}</option>{{/statusChoices}}</select></div>
    <div class="field"><label for="status-reason">{{t.statusReason}}</label><textarea id="status-reason" name="reason" rows="2" maxlength="500" required></textarea></div>
    <button type="submit">{{t.changeStatus}}</button>
    </form>
    {{/mayChange}}
    <h2>{{t.correctiveActions}}</h2>
    {{>actions}}
    <h2>{{t.milestones}}</h2>
    <ul class="list">{{#milestones}}<li>{{kind}} · {{t.due}} {{due}}{{#completed}} · {{t.completedOn}} {{.}}{{/completed}}{{#overdue}} · <span class="tag warning">{{t.overdue}}</span>{{/overdue}}</li>{{/milestones}}</ul>
    {{#nextSurveillance}}
    {{#hasCandidates}}
    <form method="post" action="/certificates/{{number}}/surveillance" class="card">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="surveillance-submission">{{t.surveillanceSubmission}}</label><select id="surveillance-submission" name="submission">{{#candidates}}<option value="{{publicID}}">{{label}}</option>{{/candidates}}</select></div>
    <fieldset><legend>{{t.recordSurveillance}}</legend>
    <div class="field radio"><input type="radio" id="keep-in-force" name="outcome" value="maintain" required><label for="keep-in-force">{{t.surveillanceMaintain}}</label></div>
    <div class="field radio"><input type="radio" id="suspend" name="outcome" value="suspend"><label for="suspend">{{t.surveillanceSuspend}}</label></div>
    </fieldset>
    <button type="submit">{{t.recordSurveillance}}</button>
    </form>
    {{/hasCandidates}}
    {{^hasCandidates}}<p>{{t.noAuditedSubmissions}}</p>{{/hasCandidates}}
    {{/nextSurveillance}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    /// A certificate's corrective actions: the co-op sends closures, a certifier answers them.
    static let actions = """
    {{#hasActions}}
    <ul class="list">{{#actions}}<li id="action-{{publicID}}"><strong>{{rule}}</strong> {{title}} · {{t.due}} {{due}} · <span class="tag">{{status}}</span>{{#overdue}} <span class="tag warning">{{t.overdue}}</span>{{/overdue}}
    {{#warning}}<p class="notice">{{t.overdueWarning}} {{.}}.</p>{{/warning}}
    {{#closure}}<p>{{t.closureResult}}: <a href="/submissions/{{submission}}">{{result}}</a></p>{{/closure}}
    {{#mayClose}}
    <form method="post" action="/actions/{{publicID}}/closure" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="closure-{{publicID}}">{{t.sendClosure}}</label><p class="hint" id="closure-hint-{{publicID}}">{{t.sendClosureHint}}</p>
    <input id="closure-{{publicID}}" name="bundle" type="file" aria-describedby="closure-hint-{{publicID}}" required></div>
    <button type="submit">{{t.upload}}</button>
    </form>
    {{/mayClose}}
    {{#mayResolve}}
    <form method="post" action="/actions/{{publicID}}/resolve">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="field"><label for="action-note-{{publicID}}">{{t.note}}</label><textarea id="action-note-{{publicID}}" name="note" rows="2" maxlength="1000"></textarea></div>
    <button type="submit" name="decision" value="accept">{{t.acceptClosure}}</button> <button type="submit" name="decision" value="reject" class="secondary">{{t.rejectClosure}}</button>
    </form>
    {{/mayResolve}}
    </li>{{/actions}}</ul>
    {{/hasActions}}
    {{^hasActions}}<p>{{t.none}}</p>{{/hasActions}}
    """

    static let desk = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{t.cycleDesk}}</h1>
    <p>{{t.cycleDeskIntro}} {{today}}.</p>
    {{#sections}}
    <h2>{{heading}}</h2>
    {{#hasItems}}<ul class="list">{{#items}}<li><a href="{{url}}">{{label}}</a>{{#detail}} · {{.}}{{/detail}}{{#late}} <span class="tag warning">{{t.overdue}}</span>{{/late}}</li>{{/items}}</ul>{{/hasItems}}
    {{^hasItems}}<p>{{t.nothingWaiting}}</p>{{/hasItems}}
    {{/sections}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let register = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{t.register}}</h1>
    <p>{{t.registerIntro}}</p>
    <form method="get" action="/register" role="search" class="search">
    <div class="field"><label for="q">{{t.searchLabel}}</label><input id="q" name="q" type="search" value="{{query}}" maxlength="100"></div>
    <button type="submit">{{t.search}}</button>
    </form>
    {{#hasEntries}}
    <table>
    <caption class="visually-hidden">{{t.register}}</caption>
    <thead><tr><th scope="col">{{t.organisation}}</th><th scope="col">{{t.level}}</th><th scope="col">{{t.certificateNumber}}</th><th scope="col">{{t.validUntil}}</th><th scope="col">{{t.status}}</th></tr></thead>
    <tbody>
    {{#entries}}<tr><td data-label="{{t.organisation}}">{{organisation}}</td><td data-label="{{t.level}}">{{level}}</td><td data-label="{{t.certificateNumber}}"><a href="/register/{{number}}">{{number}}</a></td><td data-label="{{t.validUntil}}">{{expires}}</td><td data-label="{{t.status}}"><span class="tag{{#suspended}} warning{{/suspended}}">{{status}}</span></td></tr>
    {{/entries}}
    </tbody></table>
    {{/hasEntries}}
    {{^hasEntries}}<p>{{t.noCertificates}}</p>{{/hasEntries}}
    <p><a href="/register/verify">{{t.verifyTitle}}</a> · <a href="/register.json">JSON</a> · <a href="/register/key.pub" download>{{t.publicKey}}</a></p>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let entry = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/register">{{t.register}}</a></p>
    <h1>{{t.certificate}} {{number}}</h1>
    <div class="status-panel {{statusClass}}" role="status"><p>{{t.statusToday}} ({{t.asOf}} {{today}})</p><p class="big">{{status}}</p>{{#reason}}<p>{{.}}</p>{{/reason}}</div>
    <dl class="facts">
    <dt>{{t.organisation}}</dt><dd>{{organisation}}</dd>
    <dt>{{t.level}}</dt><dd>{{level}}</dd>
    <dt>{{t.standard}}</dt><dd>{{standard}}</dd>
    <dt>{{t.decisionDate}}</dt><dd>{{decided}}</dd>
    <dt>{{t.validUntil}}</dt><dd>{{expires}}</dd>
    </dl>
    <h2>{{t.statusHistory}}</h2>
    <ul class="list">{{#history}}<li>{{date}} · {{status}} · {{reason}}</li>{{/history}}</ul>
    <p><a href="/certificates/{{number}}">{{t.viewCertificate}}</a></p>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let verify = """
    {{<layout}}{{$main}}
    {{#content}}
    <p class="breadcrumbs"><a href="/register">{{t.register}}</a></p>
    <h1>{{t.verifyTitle}}</h1>
    {{#result}}
    <div class="{{#valid}}notice{{/valid}}{{^valid}}error-summary{{/valid}}" role="alert">
    <h2>{{#valid}}{{t.signatureValid}}{{/valid}}{{^valid}}{{t.signatureInvalid}}{{/valid}}</h2>
    {{#why}}<p><strong>{{t.invalidWhy}}:</strong> {{.}}</p>{{/why}}
    {{#keyID}}<p>{{t.signedWithKey}}: <code>{{.}}</code></p>{{/keyID}}
    {{#certificate}}<p>{{t.certificate}} <a href="/register/{{number}}">{{number}}</a> · {{organisation}} · {{t.statusToday}}: <strong>{{status}}</strong></p>{{/certificate}}
    {{#report}}<p>{{t.reportFile}}: {{.}}</p>{{/report}}
    </div>
    {{/result}}
    <p>{{t.verifyIntro}}</p>
    <form method="post" action="/register/verify" enctype="multipart/form-data">
    <div class="field"><label for="signed-file">{{t.signedFile}}</label><input id="signed-file" name="file" type="file" accept=".json,application/json" required></div>
    <button type="submit">{{t.verifyButton}}</button>
    </form>
    <p>{{t.publicKey}}: <code>{{keyID}}</code> · <a href="/register/key.pub" download>certification-body.pub</a></p>
    <p class="hint">{{t.verifyOffline}}</p>
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let portfolio = """
    {{<layout}}{{$main}}
    {{#content}}
    <h1>{{t.portfolio}}</h1>
    <p>{{t.portfolioIntro}}</p>
    {{^hasSeasons}}<p>{{t.noSeasons}}</p>{{/hasSeasons}}
    {{#hasSeasons}}
    <h2 id="seasons">{{t.seasons}}</h2>
    <table>
    <caption class="visually-hidden">{{t.seasons}}</caption>
    <thead><tr><th scope="col">{{t.season}}</th><th scope="col">{{t.audited}}</th><th scope="col">{{t.decisionAwarded}}</th><th scope="col">{{t.decisionConditions}}</th><th scope="col">{{t.decisionNotAwarded}}</th></tr></thead>
    <tbody>
    {{#seasons}}<tr><th scope="row" data-label="{{t.season}}">{{season}}</th><td data-label="{{t.audited}}">{{audited}}</td><td data-label="{{t.decisionAwarded}}">{{awarded}}</td><td data-label="{{t.decisionConditions}}">{{conditions}}</td><td data-label="{{t.decisionNotAwarded}}">{{notAwarded}}</td></tr>
    {{/seasons}}
    </tbody></table>
    <h2 id="organisations">{{t.organisationsBySeason}}</h2>
    <p class="hint">{{t.organisationsBySeasonHint}}</p>
    <table>
    <caption class="visually-hidden">{{t.organisationsBySeason}}</caption>
    <thead><tr><th scope="col">{{t.organisation}}</th><th scope="col">{{t.movement}}</th>{{#shownSeasons}}<th scope="col">{{t.season}} {{.}}</th>{{/shownSeasons}}</tr></thead>
    <tbody>
    {{#organisations}}<tr><th scope="row" data-label="{{t.organisation}}"><a href="{{url}}">{{name}}</a>{{#registration}}<br><span class="hint">{{.}}</span>{{/registration}}</th><td data-label="{{t.movement}}">{{#fell}}<span class="tag warning">{{movement}}</span>{{/fell}}{{^fell}}{{movement}}{{/fell}}</td>{{#cells}}<td data-label="{{label}}">{{#url}}<a href="{{.}}">{{text}}</a>{{/url}}{{^url}}{{text}}{{/url}}</td>{{/cells}}</tr>
    {{/organisations}}
    </tbody></table>
    {{#paged}}<nav class="pagination" aria-label="{{t.pages}}"><p>{{t.page}} {{page}} {{t.ofPages}} {{pages}}</p><ul>{{#previous}}<li><a href="{{.}}" rel="prev">{{t.previousPage}}</a></li>{{/previous}}{{#next}}<li><a href="{{.}}" rel="next">{{t.nextPage}}</a></li>{{/next}}</ul></nav>{{/paged}}
    <h2 id="rules">{{t.rulesBySeason}}</h2>
    {{^hasRules}}<p>{{t.noRuleNotMet}}</p>{{/hasRules}}
    {{#hasRules}}
    <table>
    <caption class="visually-hidden">{{t.rulesBySeason}}</caption>
    <thead><tr><th scope="col">{{t.rule}}</th>{{#shownSeasons}}<th scope="col">{{t.notMet}} {{.}}</th>{{/shownSeasons}}</tr></thead>
    <tbody>
    {{#rules}}<tr><th scope="row" data-label="{{t.rule}}"><strong>{{rule}}</strong> {{title}}</th>{{#cells}}<td data-label="{{label}}">{{text}}</td>{{/cells}}</tr>
    {{/rules}}
    </tbody></table>
    {{/hasRules}}
    <h2 id="downloads">{{t.download}}</h2>
    <ul class="list">{{#downloads}}<li><a href="{{url}}" download>{{label}}</a></li>{{/downloads}}</ul>
    {{/hasSeasons}}
    {{/content}}
    {{/main}}{{/layout}}
    """

    static let all: [String: String] = [
        "portfolio": portfolio,
        "submission-certification": panel, "review": review, "certificate": certificate, "certificate-manage": manage, "actions": actions,
        "desk": desk, "register": register, "register-entry": entry, "verify": verify,
    ]
}
